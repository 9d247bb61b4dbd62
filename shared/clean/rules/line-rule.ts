/** Why a line was dropped: a stable id stored with the line, and a short human reason. */
export interface DropReason {
  readonly rule: string;
  readonly reason: string;
}

/**
 * A furniture rule: a pure test over one source line, trimmed and with whitespace collapsed.
 * `matches` returns true when the line is web-page furniture under this rule, whatever surrounds it.
 */
export interface LineRule extends DropReason {
  matches(text: string): boolean;
}
