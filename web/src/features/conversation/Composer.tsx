import { Alert, Button, Group, Paper, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconSend } from '@tabler/icons-react';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { CannedPicker } from './CannedPicker.tsx';
import { ReplyWindow, useWindowMinutesLeft } from './ReplyWindow.tsx';
import { TemplateForm } from './TemplateForm.tsx';
import { messages } from './messages.ts';
import { useTicketActions, type OutgoingMessage } from './queries.ts';
import type { TicketDetail } from './types.ts';
import type { Draft } from './useDraft.ts';

/**
 * Replies on the ticket's channel, or an internal note. WhatsApp: free text inside the 24-hour
 * window, an approved template outside it. Ctrl+Enter (or Cmd+Enter) sends.
 */
export function Composer({ ticket, me, draft }: { ticket: TicketDetail; me: Me; draft: Draft }) {
  const t = useT(messages);
  const { send } = useTicketActions(ticket.id);
  const minutesLeft = useWindowMinutesLeft(ticket.reply_window_expires_at);
  const channel = t(`channel_${ticket.channel}`);
  const canReply = ticket.channel !== 'phone';
  const internal = draft.internal || !canReply;
  const templateOnly = !internal && ticket.channel === 'whatsapp' && minutesLeft === 0;
  const error = send.error?.message;

  const submit = (message: OutgoingMessage) => {
    if (send.isPending) return;
    send.mutate(message, {
      onSuccess: () => {
        if (!message.template) draft.setText('');
        notifications.show({ message: t('sent'), color: 'teal', autoClose: 2000 });
      },
    });
  };
  const sendText = () => draft.text.trim() && submit({ body: draft.text, internal });

  return (
    <Paper withBorder radius={0} p="sm" style={{ borderLeft: 0, borderRight: 0, borderBottom: 0 }} bg={internal ? 'yellow.0' : 'white'}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <SegmentedControl
            size="xs" aria-label={t('reply')} value={internal ? 'note' : 'reply'} onChange={(v) => draft.setInternal(v === 'note')}
            data={[{ value: 'reply', label: t('replyVia', { channel }), disabled: !canReply }, { value: 'note', label: t('note') }]}
          />
          {ticket.channel === 'whatsapp' && !internal && <ReplyWindow expiresAt={ticket.reply_window_expires_at} minutesLeft={minutesLeft} />}
        </Group>
        {!canReply && <Alert color="gray" p="xs" fz="xs">{t('phoneNoReply')}</Alert>}
        {error && <Alert color="red" p="xs" role="alert" fz="sm">{t('sendFailed', { message: error })}</Alert>}
        {templateOnly ? (
          <TemplateForm requesterName={ticket.requester.name} busy={send.isPending} onSend={submit} />
        ) : (
          <>
            <Textarea
              aria-label={internal ? t('note') : t('replyVia', { channel })} placeholder={internal ? t('notePlaceholder') : t('replyPlaceholder')}
              autosize minRows={2} maxRows={8} value={draft.text} onChange={(e) => draft.setText(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); sendText(); } }}
              data-testid="composer"
            />
            <Group justify="space-between">
              <CannedPicker me={me} topics={ticket.topics} onInsert={draft.insert} />
              <Button
                size="sm" color={internal ? 'yellow.8' : 'blue'} loading={send.isPending} disabled={!draft.text.trim()} onClick={sendText}
                leftSection={internal ? <IconLock size={16} aria-hidden /> : <IconSend size={16} aria-hidden />}
              >
                {internal ? t('saveNote') : t('sendReply')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
