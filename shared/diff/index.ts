export { diffTexts, type DiffChange, type DiffSegment, type TextDiff } from './diff-texts';
