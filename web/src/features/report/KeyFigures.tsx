import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { ChangeBadge } from './ChangeBadge.tsx';
import { reportMessages } from './messages.ts';
import { sectionAnchor } from './ReportSectionView.tsx';
import { comparableLabels, type Comparable, type MonthlyReport } from './reportModel.ts';

interface Figure {
  key: 'consultations' | 'complaints' | 'escalations' | 'chatbotUsers' | 'videoConferences' | 'faceToFace';
  figure: Comparable;
  higherIsBetter?: boolean;
}

/** The month's headline figures, each against the previous month and the same month a year earlier. */
export function KeyFigures({ report }: { report: MonthlyReport }) {
  const t = useT(reportMessages);
  const [previous = '', current = '', lastYear = ''] = comparableLabels(report);
  const figures: Figure[] = [
    { key: 'consultations', figure: report.consultations.total },
    { key: 'complaints', figure: report.complaints.count, higherIsBetter: false },
    { key: 'escalations', figure: report.escalation.total, higherIsBetter: false },
    { key: 'chatbotUsers', figure: report.chatbot.users },
    { key: 'videoConferences', figure: report.video_conferences.count },
    { key: 'faceToFace', figure: report.face_to_face.count },
  ];
  return (
    <section aria-labelledby="report-key-figures" id={sectionAnchor('key-figures')} style={{ scrollMarginTop: 150 }}>
      <Title order={2} size="h4" id="report-key-figures" mb="xs" tabIndex={-1}>{t('keyFigures')}</Title>
      {t('contentsInIndonesian') && <Text size="xs" c="dimmed" mt={-6} mb="xs">{t('contentsInIndonesian')}</Text>}
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm">
        {figures.map(({ key, figure, higherIsBetter }) => (
          <Paper key={key} withBorder p="sm" radius="md" data-testid={`figure-${key}`}>
            <Text size="sm" c="dimmed" fw={500}>{t(key)}</Text>
            <Group gap={6} align="baseline">
              <Text fz={28} fw={700} lh={1.2}>{formatNumber(figure.value)}</Text>
              <Text size="xs" c="dimmed">{current}</Text>
            </Group>
            <Stack gap={2} mt={4}>
              <CompareLine label={previous} value={figure.previous} pct={figure.change_previous_pct} higherIsBetter={higherIsBetter} />
              <CompareLine label={lastYear} value={figure.last_year} pct={figure.change_last_year_pct} higherIsBetter={higherIsBetter} />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

function CompareLine({ label, value, pct, higherIsBetter }: { label: string; value: number; pct: number | null; higherIsBetter?: boolean }) {
  return (
    <Group gap={6} justify="space-between" wrap="nowrap">
      <Text size="xs" c="dimmed">{label}: {formatNumber(value)}</Text>
      <ChangeBadge pct={pct} higherIsBetter={higherIsBetter} size="xs" />
    </Group>
  );
}
