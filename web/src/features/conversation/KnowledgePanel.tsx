import { useState } from 'react';
import { Anchor, Button, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowBarToDown, IconSearch } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useKnowledgeSearch } from './queries.ts';
import type { KnowledgeHit } from './types.ts';
import classes from './conversation.module.css';

/** What goes into the composer: the answer, then the regulations it rests on. */
const answerText = (hit: KnowledgeHit): string =>
  [hit.answer, ...hit.links.map((l) => `- ${l.title}${l.url ? ` (${l.url})` : ''}`)].join('\n');

/** FAQ search (Indonesian stemming, highlighted) beside the composer; an answer goes in with one click. */
export function KnowledgePanel({ onInsert }: { onInsert: (text: string) => void }) {
  const t = useT(messages);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const hits = useKnowledgeSearch(debounced);
  return (
    <Stack gap="xs">
      <TextInput
        size="sm" label={t('knowledgeSearch')} description={t('knowledgeHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />} rightSection={hits.isFetching ? <Loader size="xs" /> : null} type="search"
      />
      {hits.error && <Text size="xs" c="red.8" role="alert">{hits.error.message}</Text>}
      {hits.isSuccess && hits.data.length === 0 && <Text size="sm" c="dimmed">{t('noHits')}</Text>}
      {hits.data?.map((hit) => (
        <Paper key={hit.id} withBorder p="xs" className={classes.highlight}>
          {hit.topic_label && <Text size="xs" c="dimmed">{hit.topic_label}</Text>}
          {/* The server escapes the text and adds only <mark> tags (src/knowledge/search.ts). */}
          <Text size="sm" fw={600} dangerouslySetInnerHTML={{ __html: hit.question_highlight }} />
          <Text size="xs" mt={4} lineClamp={4} dangerouslySetInnerHTML={{ __html: hit.answer_highlight }} />
          {hit.links.map((l) => (
            <Text key={l.title} size="xs" c="dimmed" mt={2}>{l.url ? <Anchor href={l.url} target="_blank" rel="noopener" size="xs">{l.title}</Anchor> : l.title}</Text>
          ))}
          <Button size="compact-xs" variant="light" mt={6} leftSection={<IconArrowBarToDown size={14} aria-hidden />} onClick={() => onInsert(answerText(hit))}>
            {t('insertAnswer')}
          </Button>
        </Paper>
      ))}
    </Stack>
  );
}
