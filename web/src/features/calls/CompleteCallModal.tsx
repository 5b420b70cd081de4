import { type FormEvent } from 'react';
import { Alert, Anchor, Button, Center, Divider, Group, Loader, Modal, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { ErrorNote, fieldError } from '../bookings/ErrorNote.tsx';
import { useCallCard, useCompleteCall, type CallWithCard } from './api.ts';
import { CallerCardView, EarlierTickets } from './CallerCardView.tsx';
import { CategorySelect, RegionSelect, TopicSelect } from './fields.tsx';
import { messages } from './messages.ts';
import { useLastValue } from './useLastValue.ts';
import { emptyCallForm, problemsOf, submitOnEnter, useCallForm } from './useCallForm.ts';

/** /calls/:callId: the draft an ended call left, completed with summary, topics, region; resolved if settled. */
export function CompleteCallModal({ callId, onClose }: { callId: number | null; onClose: () => void }) {
  const t = useT(messages);
  const card = useCallCard(useLastValue(callId));
  const number = card.data?.call.caller_number ?? t('hiddenNumber');
  return (
    <Modal opened={callId !== null} onClose={onClose} size="xl" title={t('completeTitle', { number })} closeButtonProps={{ 'aria-label': t('close') }}>
      {card.isPending ? <Center h={120}><Loader aria-label="…" /></Center>
        : card.error ? <ErrorNote error={card.error} />
        : <CompleteForm key={card.data.call.id} data={card.data} onDone={onClose} />}
    </Modal>
  );
}

function CompleteForm({ data, onDone }: { data: CallWithCard; onDone: () => void }) {
  const t = useT(messages);
  const { call, caller } = data;
  const { form, set, tried, setTried } = useCallForm({ ...emptyCallForm(), region: caller?.region_code ?? null, category: caller?.user_category ?? null });
  const complete = useCompleteCall(call.id);
  if (call.status !== 'draft') {
    return (
      <Alert color="gray">
        {t(call.status === 'missed' ? 'missedStatus' : call.status === 'completed' ? 'completedStatus' : call.status)}
        {call.ticket_id !== null && <> · <Anchor component={Link} to={`/inbox/${call.ticket_id}`}>{t('openTicket', { number: call.ticket_number ?? '' })}</Anchor></>}
      </Alert>
    );
  }
  const problems = tried ? problemsOf(form, { newCall: false }) : {};
  const problem = (key: keyof typeof problems) => (problems[key] ? t(problems[key]) : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problemsOf(form, { newCall: false })).length) return;
    complete.mutate({
      caller: { ...(form.name.trim() ? { name: form.name.trim() } : {}), ...(form.institution.trim() ? { institution: form.institution.trim() } : {}) },
      ...(form.region ? { region: form.region } : {}), ...(form.category ? { user_category: form.category } : {}),
      topics: form.topics, summary: form.summary.trim(), settled: form.settled,
    }, {
      onSuccess: (done) => {
        notifications.show({ color: 'teal', message: t('completed', { number: done.ticket_number ?? '' }) });
        onDone();
      },
    });
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
      <Stack gap="sm">
        <CallerCardView caller={caller} number={call.caller_number} />
        <Text size="xs" c="dimmed">{formatDateTime(call.answered_at ?? call.created_at)}{call.duration ? ` · ${call.duration}` : ''}</Text>
        <Divider label={t('earlier')} labelPosition="left" />
        <EarlierTickets tickets={data.earlier_tickets} />
      </Stack>
      <form onSubmit={onSubmit} noValidate style={{ gridColumn: 'span 2' }} data-testid="complete-call">
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            <TextInput label={t('name')} placeholder={caller?.name || undefined} value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} />
            <TextInput label={t('institution')} placeholder={caller?.institution ?? undefined} value={form.institution} onChange={(e) => set('institution')(e.currentTarget.value)} />
            <RegionSelect value={form.region} onChange={set('region')} error={fieldError(complete.error, 'region')} />
            <CategorySelect value={form.category} onChange={set('category')} error={fieldError(complete.error, 'user_category')} />
          </SimpleGrid>
          <TopicSelect value={form.topics} onChange={set('topics')} error={problem('topics') ?? fieldError(complete.error, 'topics')} />
          <Textarea label={t('summary')} description={t('summaryHint')} autosize minRows={4} maxRows={10} required autoFocus value={form.summary}
            onChange={(e) => set('summary')(e.currentTarget.value)} onKeyDown={submitOnEnter} error={problem('summary') ?? fieldError(complete.error, 'summary')} />
          <ErrorNote error={complete.error} shownFields={['region', 'user_category', 'topics', 'summary']} />
          <Group justify="space-between">
            <Switch label={form.settled ? t('settled') : t('keepOpen')} checked={form.settled} onChange={(e) => set('settled')(e.currentTarget.checked)} />
            <Button type="submit" loading={complete.isPending}>{t('complete')}</Button>
          </Group>
        </Stack>
      </form>
    </SimpleGrid>
  );
}
