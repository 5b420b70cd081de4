import type { Language } from '../../lib/i18n.tsx';

/** This calendar month in Asia/Jakarta, YYYY-MM (the API's month). */
export const jakartaMonth = (now = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);

/** "Januari 2025" / "January 2025". */
export const formatMonth = (month: string, language: Language): string =>
  new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
