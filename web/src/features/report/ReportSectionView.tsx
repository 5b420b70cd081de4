import { Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { ReportChartView } from './ReportChartView.tsx';
import { ReportTable } from './ReportTable.tsx';
import { reportMessages } from './messages.ts';
import { REGION_ATTRIBUTION, pageView, type ReportSection } from './reportModel.ts';

/** Sections where a rise is bad news: their changes show red when up. */
const LOWER_IS_BETTER = new Set<string>(['complaints', 'layer2']);

export const sectionAnchor = (key: string): string => `report-section-${key}`;

/** One section of the report as the slides have it: the sentences, then the charts beside the tables. */
export function ReportSectionView({ section }: { section: ReportSection }) {
  const t = useT(reportMessages);
  const view = pageView(section);
  const headingId = `${sectionAnchor(section.key)}-title`;
  return (
    <Paper component="section" withBorder radius="md" p="md" id={sectionAnchor(section.key)} aria-labelledby={headingId} style={{ scrollMarginTop: 150 }}>
      <Title order={2} size="h4" id={headingId} mb="xs" tabIndex={-1}>{section.title}</Title>
      {view.empty ? (
        <Text c="dimmed" size="sm">{t('emptySection')}</Text>
      ) : (
        <Stack gap="sm">
          {view.narrative.length > 0 && (
            <Stack gap={6}>{view.narrative.map((sentence, i) => <Text key={i} size="sm" style={{ maxWidth: '80ch' }}>{sentence}</Text>)}</Stack>
          )}
          {view.notes.map((note, i) => <Text key={i} size="xs" c="dimmed">{note}</Text>)}
          <SectionBody section={view} />
          {view.showsRegions && <Text size="xs" c="dimmed" ta="right">{REGION_ATTRIBUTION}</Text>}
        </Stack>
      )}
    </Paper>
  );
}

function SectionBody({ section }: { section: ReportSection }) {
  const higherIsBetter = !LOWER_IS_BETTER.has(section.key);
  const charts = section.charts.map((chart, i) => <ReportChartView key={i} chart={chart} height={section.tables.length ? 240 : 280} />);
  const tables = section.tables.map((table, i) => <ReportTable key={i} table={table} higherIsBetter={higherIsBetter} />);
  if (charts.length === 0) return <Stack gap="md">{tables}</Stack>;
  if (tables.length === 0) return <SimpleGrid cols={{ base: 1, md: Math.min(charts.length, 2) }}>{charts}</SimpleGrid>;
  // Tables of seven columns (the three months, the share and the two changes) get the wider side.
  const wide = section.tables.some((table) => table.columns.length >= 7);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: wide ? 4 : 5 }}><Stack gap="sm">{charts}</Stack></Grid.Col>
      <Grid.Col span={{ base: 12, lg: wide ? 8 : 7 }}><Stack gap="md">{tables}</Stack></Grid.Col>
    </Grid>
  );
}
