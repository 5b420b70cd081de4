import '@mantine/dates/styles.css';
import { TimePicker } from '@mantine/dates';
import { useT } from '../../../lib/i18n.tsx';
import { calendarMessages } from './messages.ts';

/** A 24-hour HH:MM field (a native time input would show AM/PM on an English browser). */
export function TimeField({ label, value, onChange, disabled, error }: { label: string; value: string; onChange: (hhmm: string) => void; disabled: boolean; error?: string | undefined }) {
  const t = useT(calendarMessages);
  return (
    <TimePicker size="xs" w={96} format="24h" aria-label={label} hoursInputLabel={`${label}: ${t('hour')}`} minutesInputLabel={`${label}: ${t('minute')}`}
      disabled={disabled} value={value} onChange={(v) => { if (/^\d{2}:\d{2}/.test(v)) onChange(v.slice(0, 5)); }} error={error} />
  );
}
