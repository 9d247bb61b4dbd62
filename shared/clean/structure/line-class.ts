import type { DropReason } from '../rules/line-rule';

/**
 * What the cleaner has decided about one source line so far. Every line starts as 'blank' or
 * 'body'; the passes turn body lines into the other kinds. A caption that `continues` extends the
 * caption on the line above (a credit on its own line).
 */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'body' }
  | { kind: 'title' }
  | { kind: 'heading' }
  | { kind: 'caption'; continues: boolean }
  | { kind: 'dropped'; drop: DropReason };

/** The pass-wide view of the source: collapsed line texts and one mutable class per line. */
export interface Page {
  readonly texts: readonly string[];
  readonly classes: LineClass[];
}

/** True when line `index` is still undecided body text. */
export function isBody(page: Page, index: number): boolean {
  return page.classes[index]?.kind === 'body';
}

/** The drop rule id of line `index`, or undefined when the line is not dropped. */
export function dropRuleAt(page: Page, index: number): string | undefined {
  const lineClass = page.classes[index];
  return lineClass?.kind === 'dropped' ? lineClass.drop.rule : undefined;
}

/** Marks line `index` as dropped for `drop`. */
export function dropLine(page: Page, index: number, drop: DropReason): void {
  page.classes[index] = { kind: 'dropped', drop };
}
