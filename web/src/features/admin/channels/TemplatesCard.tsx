import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { FormError, Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { WhatsAppTemplate } from '../types.ts';
import { channelMessages } from './messages.ts';

const KEY = ['admin', 'whatsapp-templates'];
const EMPTY: WhatsAppTemplate = { name: '', language: 'id', body: '' };
/** How many parameters a body takes: its highest {{n}}. */
const parameterCount = (body: string) => Math.max(0, ...[...body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])));

function TemplatesForm({ saved, editable }: { saved: WhatsAppTemplate[]; editable: boolean }) {
  const t = useT(channelMessages);
  const c = useT(commonMessages);
  const [rows, setRows] = useState(saved);
  const update = (i: number, change: Partial<WhatsAppTemplate>) => setRows((all) => all.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const save = useSave({
    mutationFn: () => api<WhatsAppTemplate[]>('PUT', '/api/broadcast-templates', { templates: rows }),
    invalidate: [KEY],
    success: t('templatesSaved'),
    failure: null,
  });
  // The service names "templates[0].name", the schema "templates.0.name".
  const errorOf = (i: number, field: keyof WhatsAppTemplate) => save.fieldErrors[`templates[${i}].${field}`] ?? save.fieldErrors[`templates.${i}.${field}`] ?? (field === 'name' ? save.fieldErrors[`templates[${i}]`] : undefined);
  return (
    <Stack gap="sm">
      <FormError error={save.error} />
      {rows.length === 0 && <Text size="sm" c="dimmed">{t('noTemplates')}</Text>}
      {rows.map((row, i) => (
        <Paper key={i} withBorder p="sm" aria-label={`${t('templateName')} ${row.name || i + 1}`} component="fieldset" style={{ margin: 0 }}>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Stack gap="xs" w={280}>
              <TextInput label={t('templateName')} required ff="monospace" disabled={!editable} value={row.name} onChange={(e) => update(i, { name: e.currentTarget.value })} error={errorOf(i, 'name')} />
              <Group gap="xs" align="flex-end">
                <TextInput label={t('language')} required w={110} disabled={!editable} value={row.language} onChange={(e) => update(i, { language: e.currentTarget.value })} error={errorOf(i, 'language')} />
                <Badge variant="light" color="gray" mb={8}>{t('parameters', { n: parameterCount(row.body) })}</Badge>
              </Group>
            </Stack>
            <Textarea label={t('body')} required autosize minRows={3} maxRows={8} style={{ flex: 1 }} disabled={!editable} value={row.body}
              onChange={(e) => update(i, { body: e.currentTarget.value })} error={errorOf(i, 'body')} />
            {editable && (
              <ActionIcon variant="subtle" color="red" mt={25} aria-label={`${t('removeTemplate')} ${row.name}`} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {editable && (
        <Group justify="space-between">
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRows((all) => [...all, EMPTY])}>{t('addTemplate')}</Button>
          <Button loading={save.isPending} disabled={JSON.stringify(rows) === JSON.stringify(saved)} onClick={() => save.mutate(undefined)}>{c('save')}</Button>
        </Group>
      )}
    </Stack>
  );
}

/** The WhatsApp templates Meta approved, as blasts and out-of-window replies may use them. */
export function TemplatesCard({ editable }: { editable: boolean }) {
  const t = useT(channelMessages);
  const templates = useQuery({ queryKey: KEY, queryFn: () => get<WhatsAppTemplate[]>('/api/broadcast-templates') });
  return (
    <Section title={t('templates')} description={t('templatesHint')}>
      <Loaded query={templates}>{(saved) => <TemplatesForm key={JSON.stringify(saved)} saved={saved} editable={editable} />}</Loaded>
    </Section>
  );
}
