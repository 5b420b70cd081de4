/** Monday first, as an Indonesian week is read; the API numbers Sunday 0. */
export const WEEK = ['1', '2', '3', '4', '5', '6', '0'] as const;

/** "08:00" in WIB as local time in a zone `offset` hours ahead ("09:00 WITA"). */
export function shiftTime(hhmm: string, offset: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const minutes = (h * 60 + m + offset * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A holiday's date ("2026-08-17") as "Senin, 17 Agustus 2026". */
export const formatLongDate = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
