import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { PageProps } from '../../../app/pages.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { importMessages } from './messages.ts';
import { RecentRuns } from './RecentRuns.tsx';
import { RunView } from './RunView.tsx';
import { UploadCard } from './UploadCard.tsx';

/** /admin/imports: upload a history file, follow its import, read its rejected rows; recent imports. */
export function ImportsAdminPage(_props: PageProps) {
  const t = useT(importMessages);
  const [params, setParams] = useSearchParams();
  const runId = Number(params.get('impor')) || null;
  const open = (id: number) => setParams({ impor: String(id) });
  return (
    <Stack gap="sm">
      <div>
        <Title order={3} size="h4">{t('title')}</Title>
        <Text size="xs" c="dimmed">{t('intro')}</Text>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <UploadCard onStarted={open} />
            <RecentRuns selected={runId} onOpen={open} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {runId ? <RunView key={runId} id={runId} /> : <Paper withBorder p="md"><Text size="sm" c="dimmed">{t('choose')}</Text></Paper>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
