import { Box, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp, IconLock, IconSend, IconStack2 } from '@tabler/icons-react';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { useMe } from '../../lib/session.ts';
import { Attachments } from './Attachments.tsx';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import { messages } from './messages.ts';
import { useTemplates } from './queries.ts';
import { sentTemplateText } from './templateText.ts';
import type { Message } from './types.ts';

type Look = { bg: string; border: string; align: 'flex-start' | 'flex-end'; label?: 'internalNote' | 'escalationNote' | 'l2Answer' | 'l2Question' | 'template' };

/** Inbound on the left, replies on the right, notes and Layer 2 exchanges in their own colours. */
function lookOf(message: Message): Look {
  if (message.direction === 'inbound') return { bg: 'white', border: 'gray.3', align: 'flex-start' };
  if (message.direction === 'outbound') {
    return { bg: 'blue.0', border: 'blue.2', align: 'flex-end', ...(message.kind === 'template' ? { label: 'template' as const } : {}) };
  }
  switch (message.kind) {
    case 'escalation': return { bg: 'orange.0', border: 'orange.3', align: 'flex-end', label: 'escalationNote' };
    case 'l2_answer': return { bg: 'grape.0', border: 'grape.3', align: 'flex-start', label: 'l2Answer' };
    case 'l2_question': return { bg: 'grape.0', border: 'grape.3', align: 'flex-start', label: 'l2Question' };
    default: return { bg: 'yellow.0', border: 'yellow.4', align: 'flex-end', label: 'internalNote' };
  }
}

const LABEL_ICONS = { internalNote: IconLock, escalationNote: IconSend, l2Answer: IconArrowBackUp, l2Question: IconArrowBackUp, template: IconStack2 } as const;

/** A template reply as the requester read it (the stored body only names the template and its values). */
function TemplateBody({ message }: { message: Message }) {
  const role = useMe().data?.role;
  // The catalogue is Layer 1's (GET /api/broadcast-templates); Layer 2 sees the stored summary.
  const templates = useTemplates(role !== undefined && role !== 'l2');
  return <>{sentTemplateText(message.metadata, templates.data) ?? message.body}</>;
}

export function MessageBubble({ message }: { message: Message }) {
  const t = useT(messages);
  const look = lookOf(message);
  const LabelIcon = look.label ? LABEL_ICONS[look.label] : null;
  const who = message.author_name ?? (message.direction === 'inbound' ? t('requesterSays') : t('agentSays'));
  return (
    <Box style={{ display: 'flex', justifyContent: look.align }} data-testid="message" data-direction={message.direction} data-kind={message.kind}>
      <Paper
        bg={look.bg} p="xs" px="sm" radius="md" maw="min(88%, 640px)" miw={180} withBorder
        style={{ borderColor: `var(--mantine-color-${look.border.replace('.', '-')})`, borderStyle: message.direction === 'internal' ? 'dashed' : 'solid' }}
      >
        <Group justify="space-between" gap="md" wrap="nowrap" mb={2}>
          <Group gap={4} wrap="nowrap" miw={0}>
            {LabelIcon && look.label && (
              <Text span size="xs" fw={700} c="dark.4" style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
                <LabelIcon size={13} aria-hidden />{t(look.label)} ·
              </Text>
            )}
            <Text span size="xs" fw={600} truncate>{who}</Text>
          </Group>
          <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.kind === 'template' ? <TemplateBody message={message} /> : message.body}
        </Text>
        <Attachments files={message.attachments} />
        {message.delivery_status && (
          <Group justify="flex-end" mt={4}><DeliveryStatus message={message} /></Group>
        )}
      </Paper>
    </Box>
  );
}
