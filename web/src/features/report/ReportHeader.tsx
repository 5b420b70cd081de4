import { ActionIcon, Group, Paper, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconListDetails, IconRefresh } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { MonthSelect } from './MonthSelect.tsx';
import { reportMessages } from './messages.ts';
import { sectionAnchor } from './ReportSectionView.tsx';
import type { ReportSection } from './reportModel.ts';

interface Props {
  month: string;
  onMonth: (month: string) => void;
  sections: ReportSection[];
  generatedAt: string | undefined;
  refreshing: boolean;
  onRefresh: () => void;
}

/** Stays at the top while the report scrolls: the month, a jump to any section, the downloads. */
export function ReportHeader({ month, onMonth, sections, generatedAt, refreshing, onRefresh }: Props) {
  const t = useT(reportMessages);
  const jump = (key: string | null) => {
    if (!key) return;
    const target = document.getElementById(sectionAnchor(key));
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  };
  return (
    <Paper
      withBorder radius="md" p="sm" shadow="xs"
      style={{ position: 'sticky', top: 'var(--app-shell-header-height, 56px)', zIndex: 5 }}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={1} size="h3">{t('title')}</Title>
          <Group gap={6}>
            <Text size="xs" c="dimmed" data-testid="report-generated-at">
              {generatedAt ? t('generatedAt', { at: formatDateTime(generatedAt) }) : ' '}
            </Text>
            {generatedAt && (
              <Tooltip label={t('refresh')}>
                <ActionIcon size="sm" variant="subtle" aria-label={t('refresh')} onClick={onRefresh} loading={refreshing}>
                  <IconRefresh size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Stack>
        <Group gap="sm" align="flex-start">
          <MonthSelect month={month} onChange={onMonth} />
          <Select
            aria-label={t('jumpTo')} placeholder={t('jumpTo')} w={210} searchable clearable={false} value={null}
            leftSection={<IconListDetails size={16} aria-hidden />} disabled={sections.length === 0}
            data={[{ value: 'key-figures', label: t('keyFigures') }, ...sections.map((s) => ({ value: s.key, label: s.title }))]}
            onChange={jump} comboboxProps={{ width: 300 }} maxDropdownHeight={420}
          />
          <DownloadButtons month={month} />
        </Group>
      </Group>
    </Paper>
  );
}
