// Indonesian formatting (domain.md): 1.234,5; 27 Nov 2026 14.05; Asia/Jakarta unless told.
const TIME_ZONE = 'Asia/Jakarta';

export const formatNumber = (n: number, digits = 0): string =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export const formatPercent = (fraction: number, digits = 2): string => `${formatNumber(fraction * 100, digits)}%`;

export const formatDate = (iso: string | Date, timeZone = TIME_ZONE): string =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));

export const formatDateTime = (iso: string | Date, timeZone = TIME_ZONE): string =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

export const formatTime = (iso: string | Date, timeZone = TIME_ZONE): string =>
  new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

/** "5 menit", "2 jam 10 menit": a duration in minutes, for response times. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${formatNumber(Math.round(minutes))} menit`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return rest ? `${formatNumber(hours)} jam ${rest} menit` : `${formatNumber(hours)} jam`;
}
