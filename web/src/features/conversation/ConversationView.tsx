import { Alert, Box, Center, Group, Loader, ScrollArea, Stack, Tabs } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconBook2, IconId } from '@tabler/icons-react';
import { isTicketEvent, useLiveInvalidate } from '../../lib/live.ts';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { Composer } from './Composer.tsx';
import { EscalationAnswerForm } from './EscalationAnswerForm.tsx';
import { EscalationsPanel } from './EscalationsPanel.tsx';
import { KnowledgePanel } from './KnowledgePanel.tsx';
import { messages } from './messages.ts';
import { ticketKey, useTicket } from './queries.ts';
import { EarlierTickets, RequesterCard } from './RequesterCard.tsx';
import { TagsPanel } from './TagsPanel.tsx';
import { Thread } from './Thread.tsx';
import { TicketHeader } from './TicketHeader.tsx';
import type { TicketDetail } from './types.ts';
import { useDraft } from './useDraft.ts';
import { useTagging } from './useTagging.ts';

/** At most the page below the shell's header; it fills a parent of definite height (the inbox pane). */
const FULL_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))';

function SidePanel({ ticket, me, width, onInsert }: { ticket: TicketDetail; me: Me; width: number; onInsert: (text: string) => void }) {
  const t = useT(messages);
  const tagging = useTagging(ticket);
  return (
    <Tabs defaultValue="details" w={width} style={{ flex: 'none', display: 'flex', flexDirection: 'column', borderLeft: '1px solid var(--mantine-color-gray-3)' }} keepMounted>
      <Tabs.List grow>
        <Tabs.Tab value="details" leftSection={<IconId size={16} aria-hidden />}>{t('details')}</Tabs.Tab>
        <Tabs.Tab value="knowledge" leftSection={<IconBook2 size={16} aria-hidden />} title={t('knowledge')}>{t('knowledgeTab')}</Tabs.Tab>
      </Tabs.List>
      <ScrollArea flex={1} type="auto">
        <Tabs.Panel value="details" p="sm">
          <Stack gap="sm">
            <RequesterCard ticket={ticket} me={me} tagging={tagging} />
            <TagsPanel ticket={ticket} me={me} tagging={tagging} />
            <EscalationsPanel escalations={ticket.escalations} />
            <EarlierTickets ticket={ticket} me={me} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="knowledge" p="sm"><KnowledgePanel onInsert={onInsert} /></Tabs.Panel>
      </ScrollArea>
    </Tabs>
  );
}

/**
 * One ticket as an agent works it: the thread, the composer on the ticket's channel, the
 * requester and tags beside it, and the actions. A Layer 2 team sees the same ticket and
 * answers its escalation instead of replying. Updates arrive live.
 */
export function ConversationView({ ticketId, me }: { ticketId: number; me: Me }) {
  const t = useT(messages);
  const ticket = useTicket(ticketId);
  const draft = useDraft(ticketId);
  // Beside the inbox list the view is narrower: the side panel gives the thread more room.
  const { ref, width } = useElementSize();
  useLiveInvalidate([ticketKey(ticketId)], (event) => isTicketEvent(event) && event.ticket_id === ticketId);

  if (ticket.isPending) return <Center h={FULL_HEIGHT}><Loader aria-label={t('loading')} /></Center>;
  if (ticket.isError) return <Alert color="red" role="alert" m="md">{t('loadFailed', { message: ticket.error.message })}</Alert>;
  const data = ticket.data;
  return (
    <Box ref={ref} h="100%" mah={FULL_HEIGHT} mih={520} style={{ display: 'flex', flexDirection: 'column', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, overflow: 'hidden', background: 'white' }} data-testid="conversation">
      <TicketHeader ticket={data} me={me} />
      <Group align="stretch" gap={0} wrap="nowrap" flex={1} mih={0}>
        <Stack gap={0} flex={1} miw={0}>
          <Thread items={data.messages} />
          {me.role === 'l2' ? <EscalationAnswerForm ticket={data} me={me} draft={draft} /> : <Composer ticket={data} me={me} draft={draft} />}
        </Stack>
        <SidePanel ticket={data} me={me} width={width && width < 1000 ? 280 : 340} onInsert={draft.insert} />
      </Group>
    </Box>
  );
}
