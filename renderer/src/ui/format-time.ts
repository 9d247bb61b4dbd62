const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false });

/** "15:04:05", for the save status. */
export function formatClock(date: Date): string {
  return time.format(date);
}

/** "3 May 2024" from an ISO date or date-time; the input itself when it is not a date. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });

/** "3 May, 15:04" from an ISO date-time, for card times. */
export function formatDayTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayTime.format(date);
}

/** "15:04" when `iso` falls on the same day as `since` (or today), else "3 May, 15:04": short card times. */
export function formatShortTime(iso: string, since = new Date().toISOString()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === new Date(since).toDateString() ? clock.format(date) : dayTime.format(date);
}
