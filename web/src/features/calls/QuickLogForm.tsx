import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, CloseButton, Grid, Group, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPhoneCall } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import { ErrorNote, fieldError } from '../bookings/ErrorNote.tsx';
import { useLogCall, type Call } from './api.ts';
import { CategorySelect, RegionSelect, TopicSelect } from './fields.tsx';
import { messages } from './messages.ts';
import { RecognisedCaller, useRecognisedCaller } from './RecognisedCaller.tsx';
import { emptyCallForm, problemsOf, submitOnEnter, useCallForm } from './useCallForm.ts';

const SHOWN_FIELDS = ['caller.phone', 'caller', 'caller.name', 'summary', 'duration', 'region', 'topics', 'user_category'];

/** "Log a call in a few keystrokes": focused on open, Enter saves, cleared after success with the new ticket's link. */
export function QuickLogForm({ callBack, onCallBackDone }: { callBack: Call | null; onCallBackDone: () => void }) {
  const t = useT(messages);
  const phoneRef = useRef<HTMLInputElement>(null);
  const { form, set, setForm, tried, setTried, reset } = useCallForm(emptyCallForm(callBack?.caller_number ?? '', callBack ? 'out' : 'in'));
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [last, setLast] = useState<Call | null>(null);
  const log = useLogCall();
  // Choosing a missed call to return starts the form again with its number, outgoing.
  const [returning, setReturning] = useState(callBack?.id ?? null);
  if ((callBack?.id ?? null) !== returning) {
    setReturning(callBack?.id ?? null);
    if (callBack) {
      reset(emptyCallForm(callBack.caller_number ?? '', 'out'));
      setChosenId(null);
    }
  }
  const { hits, settled } = useRecognisedCaller(form.phone);
  const chosen = hits.find((h) => h.id === chosenId) ?? (hits.length === 1 ? hits[0] : undefined);

  // A recognised caller fills the region and category the agent has not set yet.
  useEffect(() => {
    if (chosen) setForm((f) => ({ ...f, region: f.region ?? chosen.region_code, category: f.category ?? chosen.user_category }));
  }, [chosen, setForm]);

  const problems = tried ? problemsOf(form, { newCall: true }) : {};
  const problem = (key: keyof typeof problems) => (problems[key] ? t(problems[key]) : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problemsOf(form, { newCall: true })).length) return;
    log.mutate({
      caller: { ...(form.phone.trim() ? { phone: form.phone.trim() } : {}), ...(form.name.trim() ? { name: form.name.trim() } : {}), ...(form.institution.trim() ? { institution: form.institution.trim() } : {}) },
      ...(form.region ? { region: form.region } : {}), ...(form.category ? { user_category: form.category } : {}),
      topics: form.topics, summary: form.summary.trim(), duration: form.duration.trim(), direction: form.direction, settled: form.settled,
      ...(callBack ? { missed_call_id: callBack.id } : {}),
    }, {
      onSuccess: (call) => {
        setLast(call);
        notifications.show({ color: 'teal', message: t('logged', { number: call.ticket_number ?? '' }) });
        reset(emptyCallForm());
        setChosenId(null);
        if (callBack) onCallBackDone();
        phoneRef.current?.focus();
      },
    });
  };

  return (
    <Paper withBorder px="md" py="sm" radius="md" component="section" aria-labelledby="log-call-title">
      <form onSubmit={onSubmit} noValidate data-testid="quick-log">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="log-call-title"><IconPhoneCall size={20} aria-hidden style={{ verticalAlign: -3 }} /> {t('logTitle')}</Title>
            <Button variant="subtle" size="compact-sm" onClick={() => { reset(emptyCallForm()); log.reset(); phoneRef.current?.focus(); }}>{t('clear')}</Button>
          </Group>
          {callBack && (
            <Alert color="orange" variant="light" p="xs" withCloseButton closeButtonLabel={t('stopCallingBack')} onClose={onCallBackDone}>
              {t('callingBack', { number: callBack.caller_number ?? t('hiddenNumber') })}
            </Alert>
          )}
          {last && last.ticket_id !== null && (
            <Alert color="teal" variant="light" p="xs" icon={<IconCircleCheck size={18} aria-hidden />} role="status" data-testid="logged">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('logged', { number: last.ticket_number ?? '' })} <Anchor component={Link} to={`/inbox/${last.ticket_id}`} size="sm" fw={600}>{t('openTicket', { number: last.ticket_number ?? '' })}</Anchor></Text>
                <CloseButton size="sm" aria-label={t('close')} onClick={() => setLast(null)} />
              </Group>
            </Alert>
          )}
          <Grid gap="sm">
            <Grid.Col span={5}>
              <TextInput ref={phoneRef} label={t('phone')} placeholder="0811-1504-207" autoFocus autoComplete="off" inputMode="tel" value={form.phone}
                onChange={(e) => { set('phone')(e.currentTarget.value); setChosenId(null); }} error={problem('phone') ?? fieldError(log.error, 'caller.phone', 'caller')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput label={t('duration')} placeholder={t('durationHint')} value={form.duration} onChange={(e) => set('duration')(e.currentTarget.value)}
                error={problem('duration') ?? fieldError(log.error, 'duration')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Text size="sm" fw={500} id="direction-label" mb={2}>{t('direction')}</Text>
              <SegmentedControl fullWidth aria-labelledby="direction-label" value={form.direction} onChange={set('direction')}
                data={[{ value: 'in', label: t('incoming') }, { value: 'out', label: t('outgoing') }]} />
            </Grid.Col>
          </Grid>
          <RecognisedCaller hits={hits} settled={settled} chosenId={chosenId} onChoose={(h) => setChosenId(h.id)} />
          <TopicSelect value={form.topics} onChange={set('topics')} error={problem('topics') ?? fieldError(log.error, 'topics')} />
          <Textarea label={t('summary')} description={t('summaryHint')} autosize minRows={2} maxRows={8} required value={form.summary}
            onChange={(e) => set('summary')(e.currentTarget.value)} onKeyDown={submitOnEnter} error={problem('summary') ?? fieldError(log.error, 'summary')} />
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            <TextInput label={t('name')} placeholder={chosen?.name} value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} error={fieldError(log.error, 'caller.name')} />
            <TextInput label={t('institution')} placeholder={chosen?.institution ?? undefined} value={form.institution} onChange={(e) => set('institution')(e.currentTarget.value)} />
            <RegionSelect value={form.region} onChange={set('region')} error={fieldError(log.error, 'region')} />
            <CategorySelect value={form.category} onChange={set('category')} error={fieldError(log.error, 'user_category')} />
          </SimpleGrid>
          <ErrorNote error={log.error} shownFields={SHOWN_FIELDS} />
          <Group justify="space-between">
            <Switch label={t('settled')} description={t('settledHint')} checked={form.settled} onChange={(e) => set('settled')(e.currentTarget.checked)} />
            <Button type="submit" loading={log.isPending}>{t('submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
