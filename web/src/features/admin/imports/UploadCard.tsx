import { useRef, useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Paper, Progress, Select, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { formatPercent } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { IMPORT_KINDS, runKeys, type ImportKind } from './kinds.ts';
import { importMessages } from './messages.ts';
import { uploadImport } from './upload.ts';

/** Choose the kind and the file, upload it with a progress bar; the import then runs on the server. */
export function UploadCard({ onStarted }: { onStarted: (runId: number) => void }) {
  const t = useT(importMessages);
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('tickets');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const columns = IMPORT_KINDS.find((k) => k.kind === kind);

  async function upload() {
    if (!file) return;
    setError(null);
    setProgress(0);
    abort.current = new AbortController();
    try {
      const id = await uploadImport(kind, file, setProgress, abort.current.signal);
      await client.invalidateQueries({ queryKey: runKeys.list });
      setFile(null);
      onStarted(id);
    } catch (e) {
      setError(t('uploadFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  const busy = progress !== null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('upload')}</Title>
        <Select label={t('kind')} value={kind} allowDeselect={false} disabled={busy}
          data={IMPORT_KINDS.map((k) => ({ value: k.kind, label: t(`kind_${k.kind}`) }))} onChange={(v) => v && setKind(v)} />
        {columns && (
          <div>
            <Text size="xs" c="dimmed">{t('requiredColumns')}: {columns.required.map((c) => <Code key={c} mr={4}>{c}</Code>)}</Text>
            <Spoiler maxHeight={0} showLabel={t('allColumns')} hideLabel={t('hideColumns')} styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}>
              <Text size="xs" c="dimmed">{t('columns')}: {columns.optional.join(', ')}</Text>
            </Spoiler>
          </div>
        )}
        <FileInput label={t('file')} description={t('fileHint')} placeholder={t('filePlaceholder')} accept=".csv,.xlsx,text/csv"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />} value={file} onChange={setFile} clearable disabled={busy} />
        {error && <Alert color="red" role="alert" p="xs">{error}</Alert>}
        {busy && (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">{t('uploading', { percent: formatPercent(progress, 0) })}</Text>
            <Progress value={progress * 100} animated aria-label={t('uploading', { percent: formatPercent(progress, 0) })} />
          </Stack>
        )}
        <Group justify="flex-end" gap="xs">
          {busy && <Button variant="default" onClick={() => abort.current?.abort()}>{t('cancel')}</Button>}
          <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!file} loading={busy} onClick={() => void upload()}>{t('upload')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
