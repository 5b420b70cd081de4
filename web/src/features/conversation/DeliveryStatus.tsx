import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChecks, IconClock } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import type { Message } from './types.ts';

const ICONS = { queued: IconClock, sent: IconCheck, delivered: IconChecks, read: IconChecks, failed: IconAlertCircle } as const;

/** Why a message failed, in the words the channel gave (WhatsApp error code and title). */
function reasonOf(error: Message['delivery_error']): string {
  if (!error) return '?';
  const text = [error.message, error.details].filter(Boolean).join(': ');
  return error.code ? `${text} (${error.code})` : text || '?';
}

/** queued → sent → delivered → read, or failed with its reason. */
export function DeliveryStatus({ message }: { message: Message }) {
  const t = useT(messages);
  const status = message.delivery_status;
  if (!status) return null;
  const Icon = ICONS[status];
  const color = status === 'failed' ? 'red.8' : status === 'read' ? 'blue.7' : 'dimmed';
  const label = t(`delivery_${status}`);
  const badge = (
    <Group gap={2} c={color} wrap="nowrap" data-testid="delivery-status" data-status={status}>
      <Icon size={14} aria-hidden />
      <Text span size="xs" c={color}>{label}</Text>
    </Group>
  );
  if (status !== 'failed') return badge;
  const reason = reasonOf(message.delivery_error);
  return (
    <Tooltip label={t('failedBecause', { reason })} multiline w={300}>
      <Group gap={4} wrap="nowrap" tabIndex={0} aria-label={t('failedBecause', { reason })}>
        {badge}
        <Text span size="xs" c="red.8" lineClamp={1} maw={300}>· {reason}</Text>
      </Group>
    </Tooltip>
  );
}
