import { ZONE_NAMES, zoneOffset } from './time-zones';

/** A date found inside a line: its character range, the text as written, and ISO 8601 when valid. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  iso?: string;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+)?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})\\b`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'iu');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const TIME = /(?:,?\s*(?:at\s+|[|•·–—-]\s*)?|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.))?(?![\d])/iuy;
const ZONE = new RegExp(
  `\\s*\\(?(?:(${ZONE_NAMES.join('|')})\\b(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|([+-])(\\d{2}):?(\\d{2}))\\)?`,
  'uy',
);
// Month names of other languages, in the form a date uses (Russian's genitive "марта"), each
// list in calendar order: "15 de marzo de 2024", "15 mars 2024", "15. März 2024", "15 марта 2024",
// "15 مارس 2024", "15 मार्च 2024".
const OTHER_MONTHS: readonly (readonly string[])[] = [
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
];
const OTHER_MONTH_NUMBERS = new Map(OTHER_MONTHS.flatMap((names) => names.map((name, index) => [name, index + 1] as const)));
OTHER_MONTH_NUMBERS.set('jänner', 1).set('setiembre', 9).set('फरवरी', 2);
// Letters bound the day and year, not \b, which only knows ASCII letters.
const OTHER_DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${[...OTHER_MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|')})\\s+(?:de\\s+)?(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
// Chinese and Japanese: "2024年3月15日", with a Japanese clock time "18時30分" taken as written.
const CJK_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*\d{1,2}時\d{1,2}分)?/u;
const RELATIVE = /\b\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago\b/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Finds the first written date in a line ("April 1, 2024, 17:31:39 IST", "3 March 2024 10:04 GMT",
 * "2024-04-01", "Monday 12 May 2023", "15 de marzo de 2024", "15. März 2024", "2024年3月15日") with an optional time and zone after it, or a relative time
 * ("2 hours ago", which has no ISO form). `iso` is "YYYY-MM-DD" without a time, "YYYY-MM-DDTHH:MM:SS"
 * with a time but no known zone, and adds "Z" or "±HH:MM" when the zone is known. Impossible dates
 * ("February 30") are still found, without `iso`. Returns undefined when the line has no date.
 */
export function findDate(text: string): FoundDate | undefined {
  const found = findCalendarDate(text);
  if (found === undefined) {
    const relative = RELATIVE.exec(text);
    return relative ? { start: relative.index, end: relative.index + relative[0].length, text: relative[0] } : undefined;
  }
  const { start, date } = found;
  let end = found.end;
  const dateIso = isValidDate(date) ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : undefined;

  TIME.lastIndex = end;
  const time = TIME.exec(text);
  if (time === null) return { start, end, text: text.slice(start, end), ...(dateIso ? { iso: dateIso } : {}) };
  end = TIME.lastIndex;
  const clock = toClock(time);
  ZONE.lastIndex = end;
  const zone = ZONE.exec(text);
  if (zone !== null) end = ZONE.lastIndex;
  const written = text.slice(start, end);
  if (dateIso === undefined || clock === undefined) return { start, end, text: written };

  const local = `${dateIso}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
  const offset = zone === null ? undefined : zoneMinutes(zone, { ...date, hour: clock.hour });
  return { start, end, text: written, iso: offset === undefined ? local : local + formatOffset(offset) };
}

function findCalendarDate(text: string): { start: number; end: number; date: CalendarDate } | undefined {
  const candidates: Array<{ start: number; end: number; date: CalendarDate }> = [];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy)
    candidates.push({
      start: mdy.index,
      end: mdy.index + mdy[0].length,
      date: { year: +mdy[3]!, month: monthNumber(mdy[1]!), day: +mdy[2]! },
    });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy)
    candidates.push({
      start: dmy.index,
      end: dmy.index + dmy[0].length,
      date: { year: +dmy[3]!, month: monthNumber(dmy[2]!), day: +dmy[1]! },
    });
  const other = OTHER_DAY_MONTH_YEAR.exec(text);
  if (other)
    candidates.push({
      start: other.index,
      end: other.index + other[0].length,
      date: { year: +other[3]!, month: OTHER_MONTH_NUMBERS.get(other[2]!.toLowerCase())!, day: +other[1]! },
    });
  const cjk = CJK_DATE.exec(text);
  if (cjk) candidates.push({ start: cjk.index, end: cjk.index + cjk[0].length, date: { year: +cjk[1]!, month: +cjk[2]!, day: +cjk[3]! } });
  const iso = ISO_DATE.exec(text);
  if (iso) candidates.push({ start: iso.index, end: iso.index + iso[0].length, date: { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! } });
  return candidates.sort((a, b) => a.start - b.start)[0];
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toClock(time: RegExpExecArray): { hour: number; minute: number; second: number } | undefined {
  let hour = +time[1]!;
  const minute = +time[2]!;
  const second = time[3] === undefined ? 0 : +time[3];
  const meridiem = time[4]?.toLowerCase().replace(/\./gu, '');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : undefined;
}

function zoneMinutes(zone: RegExpExecArray, at: { year: number; month: number; day: number; hour: number }): number | undefined {
  if (zone[5] !== undefined) return sign(zone[5]) * (+zone[6]! * 60 + +zone[7]!);
  const base = zoneOffset(zone[1]!, at);
  if (base === undefined || zone[2] === undefined) return base;
  return base + sign(zone[2]) * (+zone[3]! * 60 + (zone[4] === undefined ? 0 : +zone[4]));
}

function sign(symbol: string): number {
  return symbol === '-' ? -1 : 1;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
