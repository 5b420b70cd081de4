import { useEffect, useState } from 'react';
import { Alert, Group, Text } from '@mantine/core';
import { IconBrandWhatsapp, IconClockExclamation } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';

/** Minutes left in the WhatsApp window (0 when closed or unknown), refreshed every 30 seconds. */
export function useWindowMinutesLeft(expiresAt: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!expiresAt) return 0;
  return Math.max(0, Math.floor((new Date(expiresAt).getTime() - now) / 60_000));
}

/** "Sisa 3 jam 12 menit" while free-form replies are allowed; otherwise why only a template goes. */
export function ReplyWindow({ expiresAt, minutesLeft }: { expiresAt: string | null; minutesLeft: number }) {
  const t = useT(messages);
  if (minutesLeft > 0) {
    const left = minutesLeft >= 60 ? t('hours', { h: Math.floor(minutesLeft / 60), m: minutesLeft % 60 }) : t('minutes', { m: minutesLeft });
    return (
      <Group gap={6} wrap="nowrap" c={minutesLeft < 120 ? 'orange.9' : 'teal.9'} data-testid="reply-window" data-open="true">
        <IconBrandWhatsapp size={16} aria-hidden style={{ flex: 'none' }} />
        <Text size="xs" fw={500}>{t('windowOpen', { left })}</Text>
      </Group>
    );
  }
  return (
    <Alert color="orange" variant="light" p="xs" icon={<IconClockExclamation size={18} aria-hidden />} data-testid="reply-window" data-open="false">
      <Text size="xs">{expiresAt ? t('windowClosed') : t('windowUnknown')}</Text>
    </Alert>
  );
}
