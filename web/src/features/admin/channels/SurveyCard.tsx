import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { FormError, Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import { channelMessages } from './messages.ts';

type Settings = { expiry_days: number };
const KEY = ['admin', 'survey-settings'];

function SurveyForm({ saved, editable }: { saved: Settings; editable: boolean }) {
  const t = useT(channelMessages);
  const c = useT(commonMessages);
  const [days, setDays] = useState<number | string>(saved.expiry_days);
  const save = useSave({
    mutationFn: () => api<Settings>('PUT', '/api/surveys/settings', { expiry_days: Number(days) }),
    invalidate: [KEY],
    success: t('surveySaved'),
    failure: null,
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={save.error} />
      <Group align="flex-start" mt={save.error ? 'sm' : 0}>
        <NumberInput label={t('expiryDays')} description={t('expiryHint')} min={1} max={90} allowDecimal={false} disabled={!editable}
          value={days} onChange={setDays} error={save.fieldErrors.expiry_days} style={{ flex: 1 }} />
        {editable && <Button type="submit" mt={46} loading={save.isPending} disabled={Number(days) === saved.expiry_days}>{c('save')}</Button>}
      </Group>
    </form>
  );
}

/** How long a satisfaction survey stays open (admins change it). */
export function SurveyCard({ editable }: { editable: boolean }) {
  const t = useT(channelMessages);
  const settings = useQuery({ queryKey: KEY, queryFn: () => get<Settings>('/api/surveys/settings') });
  return (
    <Section title={t('survey')} description={t('surveyHint')}>
      <Paper withBorder p="md">
        <Loaded query={settings}>{(saved) => <SurveyForm key={saved.expiry_days} saved={saved} editable={editable} />}</Loaded>
      </Paper>
    </Section>
  );
}
