import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useTemplates, type OutgoingMessage } from './queries.ts';
import type { ApprovedTemplate } from './types.ts';
import { parameterCount, renderTemplate } from './templateText.ts';

const keyOf = (t: ApprovedTemplate) => `${t.name}/${t.language}`;

/** Outside the 24-hour window: one of the approved templates, its parameters, and a preview. */
export function TemplateForm({ requesterName, busy, onSend }: { requesterName: string; busy: boolean; onSend: (m: OutgoingMessage) => void }) {
  const t = useT(messages);
  const templates = useTemplates(true);
  const [chosen, setChosen] = useState<string | null>(null);
  const [values, setValues] = useState<string[]>([]);
  const template = templates.data?.find((x) => keyOf(x) === chosen);
  const count = template ? parameterCount(template.body) : 0;
  const choose = (key: string | null) => {
    setChosen(key);
    const next = templates.data?.find((x) => keyOf(x) === key);
    // The requester's name is the usual first parameter: offer it.
    setValues(Array.from({ length: next ? parameterCount(next.body) : 0 }, (_, i) => (i === 0 ? requesterName : '')));
  };
  if (templates.data && templates.data.length === 0) return <Text size="sm" c="dimmed">{t('noTemplates')}</Text>;
  const complete = template && values.length === count && values.every((v) => v.trim());
  return (
    <Stack gap="xs">
      <Select
        label={t('chooseTemplate')} searchable size="sm" value={chosen} onChange={choose}
        data={(templates.data ?? []).map((x) => ({ value: keyOf(x), label: `${x.name} (${x.language})` }))}
      />
      {template && (
        <>
          <Group grow gap="xs">
            {values.map((value, i) => (
              <TextInput key={i} size="sm" label={t('parameter', { n: i + 1 })} value={value} onChange={(e) => { const v = e.currentTarget.value; setValues((old) => old.map((o, j) => (j === i ? v : o))); }} />
            ))}
          </Group>
          <Paper withBorder p="xs" bg="gray.0" aria-label={t('preview')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{renderTemplate(template.body, values)}</Text>
          </Paper>
        </>
      )}
      <Group justify="flex-end">
        <Button
          size="sm" leftSection={<IconSend size={16} aria-hidden />} loading={busy} disabled={!complete}
          onClick={() => template && onSend({ internal: false, template: { name: template.name, language: template.language, parameters: values.map((v) => v.trim()) } })}
        >
          {t('sendTemplate')}
        </Button>
      </Group>
    </Stack>
  );
}
