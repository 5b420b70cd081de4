import { useState } from 'react';
import { Grid, Stack, Text, Title } from '@mantine/core';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useLiveInvalidate } from '../../lib/live.ts';
import { callKeys, type Call } from './api.ts';
import { CallLists } from './CallLists.tsx';
import { CompleteCallModal } from './CompleteCallModal.tsx';
import { messages } from './messages.ts';
import { QuickLogForm } from './QuickLogForm.tsx';

/** /calls: the quick log beside my drafts and the missed calls; /calls/:callId completes that call's draft. */
export function CallsPage(_props: PageProps) {
  return (
    <Routes>
      <Route index element={<CallsDesk />} />
      <Route path=":callId" element={<CallsDesk />} />
    </Routes>
  );
}

function CallsDesk() {
  const t = useT(messages);
  const navigate = useNavigate();
  const params = useParams();
  const callId = params.callId && /^\d+$/.test(params.callId) ? Number(params.callId) : null;
  const [callBack, setCallBack] = useState<Call | null>(null);
  // A call of mine ringing, answered or ended changes my drafts; anything after a reconnect too.
  useLiveInvalidate([callKeys.all], (event) => event.type.startsWith('call.'));
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('title')}</Title>
        <Text size="sm" c="dimmed">{t('subtitle')}</Text>
      </div>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <QuickLogForm callBack={callBack} onCallBackDone={() => setCallBack(null)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CallLists onComplete={(call) => void navigate(`/calls/${call.id}`)} onCallBack={setCallBack} />
        </Grid.Col>
      </Grid>
      <CompleteCallModal callId={callId} onClose={() => void navigate('/calls')} />
    </Stack>
  );
}
