// D:YYYYMMDDHHmmSSOHH'mm' (PDF 32000-1, 7.9.4): everything after the year is optional; O is +, -
// or Z. Writers vary: some omit the apostrophes, some end with a stray one.
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([+-])(\d{2})'?(\d{2})?'?|(Z)(?:00'?00'?)?)?$/;

/**
 * Converts a PDF date string to ISO 8601: "2026-03-04T09:15:00+01:00", "2026-03-04T09:15:00Z",
 * a local date and time without an offset when the file names no zone, or just the date when it
 * has no time. Null for text that is not a PDF date or names an impossible one.
 */
export function parsePdfDate(text: string): string | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month = '01', day = '01', hour, minute = '00', second = '00', sign, offsetHours, offsetMinutes = '00', zulu] = match;
  const date = `${year}-${month}-${day}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return null;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const offset = zulu ? 'Z' : sign ? `${sign}${offsetHours}:${offsetMinutes}` : '';
  return `${date}T${hour}:${minute}:${second}${offset}`;
}
