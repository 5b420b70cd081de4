import { useEffect, useRef } from 'react';
import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { messages } from './messages.ts';
import type { Message } from './types.ts';

/** The whole conversation, oldest first, a divider per day; scrolls to the newest message as it arrives. */
export function Thread({ items }: { items: Message[] }) {
  const t = useT(messages);
  const viewport = useRef<HTMLDivElement>(null);
  const last = items.at(-1)?.id;
  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [last]);
  return (
    <ScrollArea viewportRef={viewport} flex={1} type="auto" bg="gray.0" aria-label={t('thread')} role="log" aria-live="polite">
      <Stack gap="xs" p="md">
        {items.length === 0 && <Text c="dimmed" ta="center">{t('empty')}</Text>}
        {items.map((message, i) => {
          const day = formatDate(message.created_at);
          const previous = items[i - 1];
          return (
            <Stack key={message.id} gap="xs">
              {(!previous || formatDate(previous.created_at) !== day) && <Divider label={day} labelPosition="center" />}
              <MessageBubble message={message} />
            </Stack>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
