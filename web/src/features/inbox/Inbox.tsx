import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ActionIcon, Box, Center, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconInbox } from '@tabler/icons-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { ConversationView } from '../conversation/ConversationView.tsx';
import { extraFilterCount, listQuery, useInboxFilters } from './filters.ts';
import { ListHeader } from './ListHeader.tsx';
import { messages } from './messages.ts';
import { useLiveInbox, useTicketCounts, useTicketPages, useTopics } from './queries.ts';
import { TicketList } from './TicketList.tsx';
import type { TicketListItem } from './types.ts';
import { useInboxKeys } from './useInboxKeys.ts';
import { useUnread } from './unread.ts';
import classes from './inbox.module.css';

/** The inbox: the ticket list on the left, the open ticket's conversation on the right. */
export function Inbox({ me }: { me: Me }) {
  const t = useT(messages);
  const narrow = useMediaQuery('(max-width: 62em)');
  const navigate = useNavigate();
  const location = useLocation();
  const { ticketId } = useParams();
  const selectedId = ticketId && /^\d+$/.test(ticketId) ? Number(ticketId) : null;

  const [filters, update] = useInboxFilters(me.role);
  const pages = useTicketPages(filters);
  const counts = useTicketCounts(filters);
  const topics = useTopics();
  useLiveInbox();
  const { isUnread, markRead } = useUnread(me.id);

  const tickets = useMemo(() => dedupe(pages.data?.pages.flatMap((p) => p.items) ?? []), [pages.data]);
  const topicLabels = useMemo(() => new Map((topics.data ?? []).map((tp) => [tp.code, tp.label])), [topics.data]);
  const topicLabel = useCallback((code: string) => topicLabels.get(code) ?? code, [topicLabels]);

  const [cursor, setCursor] = useState(0);
  const listRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const open = useCallback(
    (ticket: TicketListItem) => void navigate({ pathname: `/inbox/${ticket.id}`, search: location.search }),
    [navigate, location.search],
  );

  // The open ticket is read, again whenever its requester writes while it is open; the cursor follows it.
  const selected = tickets.find((tk) => tk.id === selectedId);
  useEffect(() => {
    if (selected) markRead(selected);
  }, [selected, markRead]);
  // Other filters give another list: it starts at its top (or at the open ticket, when in it).
  const listKey = JSON.stringify(listQuery(filters));
  const cursorTarget = useRef({ tickets, selectedId });
  cursorTarget.current = { tickets, selectedId };
  useEffect(() => {
    const { tickets: current, selectedId: id } = cursorTarget.current;
    setCursor(Math.max(0, current.findIndex((tk) => tk.id === id)));
  }, [selectedId, listKey, pages.isPending]);

  useInboxKeys({
    focusSearch: () => searchRef.current?.focus(),
    move: (by) => {
      setCursor((c) => Math.max(0, Math.min(tickets.length - 1, c + by)));
      listRef.current?.focus();
    },
  });

  const showList = !narrow || selectedId === null;
  const showConversation = !narrow || selectedId !== null;
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: narrow ? '1fr' : 'minmax(340px, 390px) 1fr', gap: 12, height: 'calc(100dvh - 56px - 2 * var(--mantine-spacing-md))' }}>
      <VisuallyHidden component="h1">{t('title')}</VisuallyHidden>
      {showList && (
        <section className={classes.pane} aria-label={t('list')}>
          <ListHeader filters={filters} update={update} counts={counts.data} topics={topics.data ?? []} topicLabel={topicLabel}
            canFilterAgents={me.role !== 'l2'} searchRef={searchRef} onLeaveSearch={() => listRef.current?.focus()} />
          <TicketList
            key={listKey}
            tickets={tickets} loading={pages.isPending} error={pages.error} onRetry={() => void pages.refetch()}
            hasMore={pages.hasNextPage} loadingMore={pages.isFetchingNextPage} loadMore={() => void pages.fetchNextPage()}
            filtered={extraFilterCount(filters) > 0 || filters.q !== ''} selectedId={selectedId} cursor={cursor} setCursor={setCursor}
            onOpen={open} isUnread={isUnread} topicLabel={topicLabel} listRef={listRef}
          />
          <Text size="xs" c="dimmed" px="sm" py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>{t('keyboardHelp')}</Text>
        </section>
      )}
      {showConversation && (
        <section className={classes.pane} aria-label={t('ticket')}>
          {narrow && (
            <ActionIcon variant="subtle" m="xs" aria-label={t('list')} onClick={() => void navigate({ pathname: '/inbox', search: location.search })}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          )}
          {selectedId !== null ? (
            <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}><ConversationView key={selectedId} ticketId={selectedId} me={me} /></Box>
          ) : (
            <Center style={{ flex: 1 }}>
              <Stack align="center" gap="xs">
                <IconInbox size={40} color="var(--mantine-color-gray-5)" aria-hidden />
                <Text c="dimmed" size="sm">{t('noConversation')}</Text>
                <Text c="dimmed" size="xs">{t('keyboardHelp')}</Text>
              </Stack>
            </Center>
          )}
        </section>
      )}
    </Box>
  );
}

/** A ticket that moved up between two page loads can come twice; keep its first (newest) place. */
function dedupe(items: TicketListItem[]): TicketListItem[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}
