import { collapseSpace } from '../line-text';
import { findDate, type FoundDate } from './parse-date';

/** What a byline or dateline line says: the author names as written, and the date if any. */
export interface BylineLine {
  byline?: string;
  date?: FoundDate;
}

// "By" in English, and "Por" (Spanish, Portuguese) and "Par" (French), which open bylines the same
// way; "Von" and "Di" are left out, being name particles too ("Von der Leyen", "Di Maio").
const BY_PREFIX = /^(?:(?:written|reported|story|words|text|photos?)\s+)?(?:by|por|par)\b\s*:?\s*|^(?:authors?|autora?|auteure?)\s*:\s*/iu;
const DATE_LABEL = /\b(?:first published|last updated|last modified|published|updated|posted|modified)\b(?:\s+on\b)?\s*:?/giu;
// The same labels in other languages; bounded by letters rather than \b, which only knows ASCII.
const OTHER_DATE_LABEL =
  /(?<!\p{L})(?:publicado|actualizado|atualizado|publié|mis à jour|modifié|veröffentlicht|aktualisiert|pubblicato|aggiornato|опубликовано|обновлено|نشر|تحديث|प्रकाशित|अपडेट|发布时间|更新时间|发布|更新)(?:\s+(?:el|em|le|am|il|في|:))?(?!\p{L})\s*[:：]?/giu;
const READING_TIME = /\b\d+\s*min(?:ute)?s?\s*read\b/giu;
const SEPARATORS = /^[\s|•·,;:–—-]+|[\s|•·,;:–—-]+$/gu;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const PARTICLE = /^(?:of|de|da|van|von|der|del|bin|al|la|le|du|dos|the|in)$/u;
const AGENCY =
  /(?:^|,\s*)(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|PTI|ANI|IANS|Press Trust of India|dpa|EFE|Xinhua|Kyodo|Yonhap|Anadolu|TASS|UPI)$/u;

/**
 * Reads a credit line: "FP Staff April 1, 2024, 17:31:39 IST", "By Jane Doe | Updated: 3 March
 * 2024 10:04 GMT", "Jane Doe, Reuters", "Published 12 May 2023". The line must be only author names
 * (after "By", before or after a date, or ending with a news agency), date labels, separators and a
 * reading time. Returns undefined for anything else, so prose and headlines are never taken.
 */
export function parseBylineLine(line: string): BylineLine | undefined {
  if (line.length > 400) return undefined;
  const text = collapseSpace(line);
  if (text.length === 0 || text.length > 200) return undefined;
  const date = findDate(text);
  const sides = date === undefined ? [text] : [text.slice(0, date.start), text.slice(date.end)];
  const names = sides.map(stripDecoration).filter((side) => side.text !== '');
  if (names.length > 1) return undefined;
  const [credit] = names;
  if (credit === undefined) return date === undefined ? undefined : { date };
  if (!isNameList(credit.text)) return undefined;
  if (date === undefined && !credit.hasBy && !AGENCY.test(credit.text)) return undefined;
  return date === undefined ? { byline: credit.text } : { byline: credit.text, date };
}

/**
 * Reads a line that is only author names ("Jane Doe", "Jane Doe in Kessel", "Ana Ruiz and Tom
 * Ek"), at most 8 words. Such a line is a byline only beside a date line, which the caller checks;
 * returns undefined for anything else.
 */
export function parseNamesLine(line: string): string | undefined {
  const text = collapseSpace(line);
  if (text.length > 80 || text.split(' ').length > 8) return undefined;
  return isNameList(text) ? text : undefined;
}

function stripDecoration(side: string): { text: string; hasBy: boolean } {
  let text = side.replace(DATE_LABEL, ' ').replace(OTHER_DATE_LABEL, ' ').replace(READING_TIME, ' ').replace(SEPARATORS, '');
  const hasBy = BY_PREFIX.test(text);
  text = text.replace(BY_PREFIX, '').replace(SEPARATORS, '');
  return { text: collapseSpace(text), hasBy };
}

// Names: capitalised words (initials, hyphens and particles allowed) joined by commas, "and" or "&".
function isNameList(text: string): boolean {
  const people = text.split(/\s*,\s*|\s+(?:and|&)\s+/u);
  const words = people.flatMap((person) => person.split(' '));
  if (words.length > 12) return false;
  return people.every((person) => {
    const parts = person.split(' ');
    return parts.length <= 5 && NAME_WORD.test(parts[0] ?? '') && parts.every((part) => NAME_WORD.test(part) || PARTICLE.test(part));
  });
}
