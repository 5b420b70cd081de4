import { useState } from 'react';
import { Affix, Badge, Button, CloseButton, Divider, Group, Loader, Paper, Stack, Text, Transition } from '@mantine/core';
import { IconPhoneCall, IconPhoneIncoming, IconPhoneOff, IconPhoneX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { useLiveEvents } from '../../lib/live.ts';
import { callKeys, useCallCard, type CallStatus } from './api.ts';
import { CallerCardView, EarlierTickets } from './CallerCardView.tsx';
import { messages } from './messages.ts';
import { useLastValue } from './useLastValue.ts';

const LOOK: Record<CallStatus, { color: string; Icon: typeof IconPhoneCall; label: 'ringing' | 'answered' | 'draft' | 'missedStatus' | 'completedStatus' }> = {
  ringing: { color: 'orange', Icon: IconPhoneIncoming, label: 'ringing' },
  answered: { color: 'teal', Icon: IconPhoneCall, label: 'answered' },
  draft: { color: 'blue', Icon: IconPhoneOff, label: 'draft' },
  missed: { color: 'red', Icon: IconPhoneX, label: 'missedStatus' },
  completed: { color: 'gray', Icon: IconPhoneOff, label: 'completedStatus' },
};

/**
 * Mounted once in the Shell: when my extension rings (live call.ringing for me) the caller's
 * card and earlier tickets pop up in a corner; answered and ended update it; an ended call
 * links to its draft to complete. Closing hides it until the next call.
 */
export function CallPopup({ me }: { me: Me }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [callId, setCallId] = useState<number | null>(null);
  useLiveEvents((event) => {
    if (event.type !== 'call.ringing' && event.type !== 'call.answered' && event.type !== 'call.ended') return;
    if (event.assignee_id !== me.id) return;
    void client.invalidateQueries({ queryKey: callKeys.card(event.call_id) });
    // A later event of a call I closed does not bring it back; a new ringing call does.
    if (event.type === 'call.ringing') setCallId(event.call_id);
    else setCallId((current) => current ?? (event.type === 'call.answered' ? event.call_id : current));
  });
  const card = useCallCard(useLastValue(callId));
  const status = card.data?.call.status ?? 'ringing';
  const look = LOOK[status];
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={300}>
      <Transition mounted={callId !== null} transition="slide-up">
        {(style) => (
          <Paper style={{ ...style, borderTop: `4px solid var(--mantine-color-${look.color}-6)` }} shadow="xl" withBorder radius="md" p="md" w={360}
            role="dialog" aria-label={t('incomingCall')} data-testid="call-popup">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs">
                  <look.Icon size={20} aria-hidden color={`var(--mantine-color-${look.color}-7)`} />
                  <Text fw={700}>{t('incomingCall')}</Text>
                  <Badge color={look.color} variant="light" tt="none" aria-live="polite">{t(look.label)}</Badge>
                </Group>
                <CloseButton aria-label={t('close')} onClick={() => setCallId(null)} />
              </Group>
              {card.isPending ? <Loader size="sm" aria-label="…" /> : card.data ? (
                <>
                  <CallerCardView caller={card.data.caller} number={card.data.call.caller_number} />
                  <Divider label={t('earlier')} labelPosition="left" />
                  <EarlierTickets tickets={card.data.earlier_tickets} max={4} />
                  {status === 'draft' && (
                    <Button component={Link} to={`/calls/${card.data.call.id}`} onClick={() => setCallId(null)} data-testid="complete-draft">{t('completeDraft')}</Button>
                  )}
                  {status === 'missed' && <Button component={Link} to="/calls" variant="light" color="red" onClick={() => setCallId(null)}>{t('toMissed')}</Button>}
                </>
              ) : <Text size="sm" c="red">{card.error?.message}</Text>}
            </Stack>
          </Paper>
        )}
      </Transition>
    </Affix>
  );
}
