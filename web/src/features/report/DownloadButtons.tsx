import { useEffect, useState } from 'react';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconFileTypePdf, IconFileTypePpt, IconFileTypeXls, IconJson } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { formatBytes } from './fetchWithProgress.ts';
import { reportMessages, type ReportT } from './messages.ts';
import { useElapsedSeconds } from './useReport.ts';
import { EXPORT_FORMATS, useDownload, type DownloadState, type ExportFormat } from './useDownload.ts';

const ICONS: Record<ExportFormat, typeof IconJson> = { pptx: IconFileTypePpt, pdf: IconFileTypePdf, xlsx: IconFileTypeXls, json: IconJson };

/** PPTX, PDF, XLSX and JSON of the month, with the server's progress while one is being prepared. */
export function DownloadButtons({ month }: { month: string }) {
  const t = useT(reportMessages);
  const { current, download } = useDownload(month);
  // The outcome stays under the buttons (a notification would cover them right where the next click goes).
  const [outcome, setOutcome] = useState<{ format: ExportFormat; fileName?: string; error?: string } | null>(null);
  useEffect(() => {
    if (!outcome?.fileName) return undefined;
    const timer = setTimeout(() => setOutcome(null), 10_000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const start = async (format: ExportFormat) => {
    setOutcome(null);
    try {
      setOutcome({ format, fileName: await download(format) });
    } catch (error) {
      setOutcome({ format, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Stack gap={4} miw={300}>
      <Group gap={6} role="group" aria-label={t('download')} wrap="nowrap">
        {EXPORT_FORMATS.map((format) => {
          const Icon = ICONS[format];
          return (
            <Button
              key={format} size="xs" variant={format === 'pptx' ? 'filled' : 'light'}
              leftSection={<Icon size={16} aria-hidden />}
              aria-label={`${t('download')} ${format.toUpperCase()}`}
              loading={current?.format === format} disabled={current !== null && current.format !== format}
              onClick={() => void start(format)} data-testid={`download-${format}`}
            >
              {format.toUpperCase()}
            </Button>
          );
        })}
      </Group>
      {current || !outcome ? <DownloadProgress state={current} t={t} /> : (
        <Text size="xs" c={outcome.error ? 'red.8' : 'teal.8'} role={outcome.error ? 'alert' : 'status'} maw={360} data-testid="download-outcome">
          {outcome.error ? `${t('downloadFailed', { format: outcome.format.toUpperCase() })}: ${outcome.error}` : t('downloaded', { name: outcome.fileName ?? '' })}
        </Text>
      )}
    </Stack>
  );
}

function DownloadProgress({ state, t }: { state: DownloadState | null; t: ReportT }) {
  const seconds = useElapsedSeconds(state !== null);
  if (!state) return null;
  const { progress, fileName, format } = state;
  const receiving = progress.stage === 'receiving';
  const percent = receiving && progress.total ? Math.round((progress.received / progress.total) * 100) : null;
  const label = receiving
    ? t('downloading', { name: fileName, progress: percent === null ? formatBytes(progress.received) : `${formatNumber(percent)}%` })
    : t('rendering', { name: format.toUpperCase(), seconds: formatNumber(seconds) });
  return (
    <Stack gap={2}>
      <Progress size="xs" value={percent ?? 100} striped animated={percent === null} aria-label={label} />
      <Text size="xs" c="dimmed" aria-live="polite">{label}</Text>
    </Stack>
  );
}
