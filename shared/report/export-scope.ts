import { z } from 'zod';
import { tagSchema, type Annotation, type Tag } from '../model/annotation';

/**
 * What an export covers: every annotation (both fields absent), those with the given tags (the
 * reader's current filter), those of the given analysts (by id), or both conditions at once.
 */
export const exportScopeSchema = z.strictObject({
  tags: z.array(tagSchema).max(3).optional(),
  analysts: z.array(z.string().min(1).max(200)).max(1_000).optional(),
});
export type ExportScope = z.infer<typeof exportScopeSchema>;

/** The annotations the scope covers, in the order given. */
export function selectInScope(annotations: readonly Annotation[], scope: ExportScope): Annotation[] {
  const tags = scope.tags ? new Set<Tag>(scope.tags) : undefined;
  const analysts = scope.analysts ? new Set(scope.analysts) : undefined;
  return annotations.filter((a) => (!tags || tags.has(a.body.tag)) && (!analysts || analysts.has(a.creator.id)));
}

/** One line saying what the scope covers, for the report's metadata; analyst ids are shown by name where known. */
export function describeScope(scope: ExportScope, nameOf: (analystId: string) => string): string {
  const parts: string[] = [];
  if (scope.tags) parts.push(scope.tags.length === 0 ? 'no tags' : `tags ${scope.tags.join(', ')}`);
  if (scope.analysts) parts.push(scope.analysts.length === 0 ? 'no analysts' : `analysts ${scope.analysts.map(nameOf).join(', ')}`);
  return parts.length === 0 ? 'Whole document' : `Only ${parts.join('; ')}`;
}
