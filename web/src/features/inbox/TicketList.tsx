import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { Box, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { ROW_HEIGHT, RowSkeleton, TicketRow } from './TicketRow.tsx';
import type { TicketListItem } from './types.ts';
import classes from './inbox.module.css';

interface ListProps {
  tickets: TicketListItem[];
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  filtered: boolean;
  selectedId: number | null;
  cursor: number;
  setCursor: (index: number) => void;
  onOpen: (ticket: TicketListItem) => void;
  isUnread: (ticket: TicketListItem) => boolean;
  topicLabel: (code: string) => string;
  listRef: RefObject<HTMLDivElement | null>;
}

/** The virtualised ticket list: only the rows in view are in the page; the next page loads near the end. */
export function TicketList(props: ListProps) {
  const t = useT(messages);
  const { tickets, cursor, setCursor, hasMore, loadingMore, loadMore, listRef } = props;
  const virtualizer = useVirtualizer({ count: tickets.length + (hasMore ? 1 : 0), getScrollElement: () => listRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= tickets.length - 5) loadMore();
  }, [hasMore, loadingMore, lastIndex, tickets.length, loadMore]);

  const scrollTo = useRef(virtualizer.scrollToIndex);
  scrollTo.current = virtualizer.scrollToIndex;
  useEffect(() => {
    if (cursor >= 0) scrollTo.current(cursor, { align: 'auto' });
  }, [cursor]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setCursor(Math.max(0, Math.min(tickets.length - 1, cursor + move)));
    } else if (event.key === 'Enter') {
      const ticket = tickets[cursor];
      if (ticket) props.onOpen(ticket);
    }
  }

  if (props.error && !tickets.length) {
    return (
      <Stack p="md" align="flex-start" role="alert">
        <Text c="red.8" size="sm">{t('loadError', { message: props.error.message })}</Text>
        <Button size="xs" variant="default" onClick={props.onRetry}>{t('retry')}</Button>
      </Stack>
    );
  }
  if (props.loading) return <Box aria-busy="true">{Array.from({ length: 7 }, (_, i) => <RowSkeleton key={i} />)}</Box>;
  if (!tickets.length) return <Center p="xl"><Text c="dimmed" size="sm">{props.filtered ? t('emptyFiltered') : t('empty')}</Text></Center>;

  const active = tickets[cursor];
  return (
    <div
      ref={listRef}
      className={classes.list}
      role="listbox"
      aria-label={t('list')}
      aria-activedescendant={active ? `ticket-row-${active.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ flex: 1, overflowY: 'auto', minHeight: 0 }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => {
          const ticket = tickets[row.index];
          return (
            <div key={row.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}>
              {ticket ? (
                <TicketRow ticket={ticket} unread={props.isUnread(ticket)} selected={ticket.id === props.selectedId} cursor={row.index === cursor} topicLabel={props.topicLabel} onOpen={props.onOpen} />
              ) : (
                <Center h={ROW_HEIGHT} role="status"><Loader size="xs" mr="xs" /><Text size="xs" c="dimmed">{t('loadingMore')}</Text></Center>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
