import { ActionIcon, Alert, Badge, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCloudUpload, IconHistory } from '@tabler/icons-react';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { chatbotMessages } from './messages.ts';
import type { useFlowEditor } from './useFlowEditor.ts';

interface Props {
  editor: ReturnType<typeof useFlowEditor>;
  viewing: number | null;
  canEdit: boolean;
  onHistory: () => void;
  onView: (version: number | null) => void;
  onRestore: () => void;
}

/** Title, the active version, unsaved changes, history and publishing; a banner while an old version is open. */
export function EditorHeader({ editor, viewing, canEdit, onHistory, onView, onRestore }: Props) {
  const t = useT(chatbotMessages);
  const { active, dirty, publish, problemCount, shown } = editor;
  return (
    <>
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Title order={3} size="h4">{t('title')}</Title>
            {active.data && <Badge variant="light" color="green">{t('activeVersion', { version: active.data.version })}</Badge>}
            {dirty && viewing === null && <Badge variant="light" color="orange">{t('unsaved')}</Badge>}
          </Group>
          <Text size="xs" c="dimmed" truncate="end">{t('intro')}</Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="xs" leftSection={<IconHistory size={16} aria-hidden />} onClick={onHistory}>{t('history')}</Button>
          {canEdit && viewing === null && (
            <>
              {dirty && (
                <Tooltip label={t('discard')}>
                  <ActionIcon variant="default" size="md" aria-label={t('discard')} onClick={() => editor.discard()}><IconArrowBackUp size={16} aria-hidden /></ActionIcon>
                </Tooltip>
              )}
              <Button size="xs" leftSection={<IconCloudUpload size={16} aria-hidden />} disabled={!dirty} loading={publish.isPending}
                title={problemCount > 0 ? t('problemsBefore', { count: problemCount }) : undefined}
                onClick={() => shown && publish.mutate(shown)}>
                {t('publish')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {viewing !== null && (
        <Alert color="blue" mb="sm" p="xs">
          <Group justify="space-between">
            <Text size="sm">{t('viewing', { version: viewing, date: editor.old.data ? formatDateTime(editor.old.data.updated_at) : '…' })}</Text>
            <Group gap="xs">
              <Button size="compact-sm" variant="default" onClick={() => onView(null)}>{t('backToActive')}</Button>
              {canEdit && <Button size="compact-sm" onClick={onRestore} disabled={!editor.old.data}>{t('restore')}</Button>}
            </Group>
          </Group>
        </Alert>
      )}
    </>
  );
}
