import { useState } from 'react';
import { Button, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconMessageBolt, IconSearch } from '@tabler/icons-react';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useCanned } from './queries.ts';
import classes from './conversation.module.css';

/** Canned responses, searchable; the ticket's own topics first; a click puts the text in the composer. */
export function CannedPicker({ me, topics, onInsert }: { me: Me; topics: string[]; onInsert: (text: string) => void }) {
  const t = useT(messages);
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const canned = useCanned(me.role);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const items = (canned.data ?? [])
    .filter((c) => words.every((w) => `${c.title} ${c.body} ${c.topic_code ?? ''}`.toLowerCase().includes(w)))
    .sort((a, b) => Number(topics.includes(b.topic_code ?? '')) - Number(topics.includes(a.topic_code ?? '')));
  const insert = (body: string) => {
    onInsert(body);
    setOpened(false);
    setSearch('');
  };
  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="top-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconMessageBolt size={16} aria-hidden />} onClick={() => setOpened((o) => !o)}>
          {t('canned')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <TextInput
          size="xs" aria-label={t('cannedSearch')} placeholder={t('cannedSearch')} leftSection={<IconSearch size={14} aria-hidden />}
          value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus
          onKeyDown={(e) => { if (e.key === 'Enter' && items[0]) { e.preventDefault(); insert(items[0].body); } }}
        />
        <ScrollArea.Autosize mah={260} mt="xs">
          <Stack gap={2}>
            {items.length === 0 && <Text size="xs" c="dimmed" p="xs">{t('noCanned')}</Text>}
            {items.map((c) => (
              <UnstyledButton key={c.id} className={classes.pickItem} onClick={() => insert(c.body)}>
                <Text size="sm" fw={600}>{c.title}{c.topic_code ? ` · ${c.topic_code}` : ''}</Text>
                <Text size="xs" c="dimmed" lineClamp={2}>{c.body}</Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
