import { findDate } from '../../../shared/clean';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;

/**
 * The ISO 8601 form the article model stores for a machine-written date (a meta tag, JSON-LD,
 * a `datetime` attribute): "2024-06-14", "2024-06-14T09:05:12", or with "Z" (any zero offset)
 * or "+05:30" when the value names its offset. Fractions of a second are dropped. A value in
 * words ("June 14, 2024") is read as the plain-text cleaner reads dates. Undefined when it is no
 * valid date.
 */
export function normaliseDate(value: string): string | undefined {
  const match = ISO.exec(value.trim());
  if (match === null) return findDate(value)?.iso;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  return `${date}T${hour}:${minute}:${second ?? '00'}${offset(zone)}`;
}

function offset(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  const hhmm = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  // Written as the plain-text cleaner writes UTC, so the same article gets the same value on every route.
  return /^[+-]00:00$/u.test(hhmm) ? 'Z' : hhmm;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
