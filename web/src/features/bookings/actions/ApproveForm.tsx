import { useState, type FormEvent } from 'react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import type { Booking } from '../api.ts';
import { ErrorNote, fieldError } from '../ErrorNote.tsx';
import { messages } from '../messages.ts';
import { isHttpsLink, useActionSubmit } from './useActionSubmit.ts';

/** Approve: a video conference needs its Teams link. */
export function ApproveForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const t = useT(messages);
  const [link, setLink] = useState(booking.meeting_link ?? '');
  const [touched, setTouched] = useState(false);
  const { submit, pending, error } = useActionSubmit(booking, 'approve', onDone);
  const video = booking.kind === 'video';
  const problem = link.trim() === '' ? (video ? t('linkRequired') : undefined) : isHttpsLink(link) ? undefined : t('linkInvalid');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    submit({ meeting_link: link.trim() || null });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('approveHint')}</Text>
        {video && (
          <TextInput
            label={t('meetingLink')} description={t('meetingLinkHint')} placeholder="https://teams.microsoft.com/l/meetup-join/…"
            value={link} onChange={(e) => setLink(e.currentTarget.value)} onBlur={() => setTouched(link.trim() !== '')}
            error={(touched ? problem : undefined) ?? fieldError(error, 'meeting_link')} autoFocus
          />
        )}
        <ErrorNote error={error} shownFields={['meeting_link']} />
        <Button type="submit" color="teal" loading={pending}>{t('submitApprove')}</Button>
      </Stack>
    </form>
  );
}
