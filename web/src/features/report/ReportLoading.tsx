import { Alert, Button, Paper, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLanguage, useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { formatBytes, type Progress as LoadProgress } from './fetchWithProgress.ts';
import { reportMessages } from './messages.ts';
import { monthName } from './month.ts';
import { useElapsedSeconds } from './useReport.ts';

/** While the server computes the report: what it is doing, for how long, and the page's shape. */
export function ReportLoading({ month, progress }: { month: string; progress: LoadProgress }) {
  const t = useT(reportMessages);
  const { language } = useLanguage();
  const seconds = useElapsedSeconds(true);
  const receiving = progress.stage === 'receiving';
  const percent = receiving && progress.total ? Math.round((progress.received / progress.total) * 100) : null;
  return (
    <Stack gap="md" aria-busy="true">
      <Paper withBorder p="md" radius="md" role="status" aria-live="polite">
        <Text fw={600}>{t('loadingTitle', { month: monthName(month, language) })}</Text>
        <Text size="sm" c="dimmed" mb="xs">
          {receiving ? t('stageReceiving', { size: formatBytes(progress.received) }) : t('stageWaiting')} · {t('elapsed', { seconds: formatNumber(seconds) })}
        </Text>
        <Progress value={percent ?? 100} striped animated={percent === null} size="sm" aria-hidden />
      </Paper>
      <Skeleton h={130} radius="md" />
      <Skeleton h={320} radius="md" />
    </Stack>
  );
}

export function ReportError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT(reportMessages);
  return (
    <Alert color="red" title={t('loadFailed')} icon={<IconAlertTriangle size={18} />} role="alert">
      <Text size="sm" mb="xs">{message}</Text>
      <Button size="xs" variant="default" onClick={onRetry}>{t('retry')}</Button>
    </Alert>
  );
}
