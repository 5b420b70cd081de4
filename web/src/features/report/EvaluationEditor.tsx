import { useEffect } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useLanguage, useT } from '../../lib/i18n.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { reportMessages } from './messages.ts';
import { monthName } from './month.ts';
import { sectionAnchor } from './ReportSectionView.tsx';
import { useEvaluation } from './useEvaluation.ts';

const MAX_LENGTH = 10_000;

/** The report's last section, "Evaluasi dan Saran": written by supervisors and admins, read by everyone. */
export function EvaluationEditor({ month, canEdit }: { month: string; canEdit: boolean }) {
  const t = useT(reportMessages);
  const { language } = useLanguage();
  const e = useEvaluation(month);
  const headingId = `${sectionAnchor('evaluation')}-title`;

  // A reload or a closed tab would lose the draft: the browser asks first.
  useEffect(() => {
    if (!e.dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [e.dirty]);

  const save = async (overwrite = false) => {
    try {
      await (overwrite ? e.overwrite() : e.save());
      notifications.show({ color: 'teal', message: t('saved') });
    } catch {
      // Shown below the editor (conflict or error).
    }
  };

  const by = e.record?.updated_by;
  const savedAt = e.record?.updated_at;
  const savedLine = !savedAt ? t('neverSaved') : by ? t('savedBy', { name: by.name || by.username, at: formatDateTime(savedAt) }) : t('savedAt', { at: formatDateTime(savedAt) });

  return (
    <Paper component="section" withBorder radius="md" p="md" id={sectionAnchor('evaluation')} aria-labelledby={headingId} style={{ scrollMarginTop: 150 }}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId} tabIndex={-1}>Evaluasi dan Saran</Title>
        <Group gap="xs">
          {e.dirty && <Badge color="yellow" variant="light">{t('unsaved')}</Badge>}
          <Text size="xs" c="dimmed" data-testid="evaluation-saved-by">{savedLine}</Text>
        </Group>
      </Group>
      {e.loading ? <Loader size="sm" aria-label={t('evaluation')} /> : e.loadError ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>{e.loadError.message}</Alert>
      ) : canEdit ? (
        <Stack gap="xs">
          <Textarea
            label={t('evaluationLabel', { month: monthName(month, language) })}
            description={t('evaluationHint')}
            value={e.text}
            onChange={(event) => e.edit(event.currentTarget.value)}
            autosize minRows={4} maxRows={14} maxLength={MAX_LENGTH}
            error={e.saveError?.message}
          />
          {e.conflict && <ConflictAlert name={by?.name ?? by?.username ?? '-'} at={e.record?.updated_at} onLoad={e.discard} onOverwrite={() => void save(true)} />}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">{t('characters', { count: formatNumber(e.text.length), max: formatNumber(MAX_LENGTH) })}</Text>
            <Group gap="xs">
              <Button variant="default" onClick={e.discard} disabled={!e.dirty || e.saving}>{t('discard')}</Button>
              <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save()} loading={e.saving} disabled={!e.dirty || e.conflict}>{t('save')}</Button>
            </Group>
          </Group>
        </Stack>
      ) : (
        <Stack gap={6}>
          {e.text.trim()
            ? e.text.split(/\r?\n/).filter((line) => line.trim()).map((line, i) => <Text key={i} size="sm">{line}</Text>)
            : <Text size="sm" c="dimmed">{t('emptySection')}</Text>}
          <Text size="xs" c="dimmed">{t('readOnly')}</Text>
        </Stack>
      )}
    </Paper>
  );
}

function ConflictAlert({ name, at, onLoad, onOverwrite }: { name: string; at: string | null | undefined; onLoad: () => void; onOverwrite: () => void }) {
  const t = useT(reportMessages);
  return (
    <Alert color="orange" title={t('conflictTitle')} icon={<IconAlertTriangle size={18} />} role="alert">
      <Text size="sm" mb="xs">{t('conflictText', { name, at: at ? formatDateTime(at) : '-' })}</Text>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onLoad}>{t('loadTheirs')}</Button>
        <Button size="xs" color="orange" onClick={onOverwrite}>{t('overwrite')}</Button>
      </Group>
    </Alert>
  );
}
