// Offsets in minutes east of UTC for zone abbreviations news sites print. Ambiguous ones take
// the reading most English-language news sites mean: CST is US Central, BST British Summer Time.
const FIXED_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  PKT: 300,
  NPT: 345,
  GST: 240,
  SAST: 120,
  WAT: 60,
  CAT: 120,
  EAT: 180,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};
// "ET", "CT", "MT", "PT" follow US daylight saving: the standard offset here, one hour more in summer.
const US_GENERIC: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** The zone abbreviations `zoneOffset` knows, longest first, for building a pattern. */
export const ZONE_NAMES: readonly string[] = [...Object.keys(FIXED_OFFSETS), ...Object.keys(US_GENERIC)].sort(
  (a, b) => b.length - a.length,
);

/** A local wall-clock time, months 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
}

/**
 * The offset in minutes east of UTC for a zone abbreviation (upper case) at a local time, or
 * undefined for an unknown zone. US generic zones apply daylight saving from the second Sunday
 * of March to the first Sunday of November, switching at 02:00 local time.
 */
export function zoneOffset(zone: string, at: WallClock): number | undefined {
  const fixed = FIXED_OFFSETS[zone];
  if (fixed !== undefined) return fixed;
  const standard = US_GENERIC[zone];
  if (standard === undefined) return undefined;
  return isUsDaylightTime(at) ? standard + 60 : standard;
}

function isUsDaylightTime({ year, month, day, hour }: WallClock): boolean {
  const start = nthSunday(year, 3, 2);
  const end = nthSunday(year, 11, 1);
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  if (month === 3) return day > start || (day === start && hour >= 2);
  return day < end || (day === end && hour < 2);
}

function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}
