import type { ReactNode } from 'react';
import { Center, Paper, Text, Title } from '@mantine/core';
import { Chart, type ChartProps } from '../../lib/chart.tsx';

/** A titled card around a chart; "no data" instead of an empty picture. */
export function ChartCard({ title, empty, emptyText, aside, ...chart }: ChartProps & { title: string; empty: boolean; emptyText: string; aside?: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb={4}>{title}</Title>
      {aside}
      {empty ? <Center h={chart.height ?? 220}><Text c="dimmed" size="sm">{emptyText}</Text></Center> : <Chart {...chart} label={chart.label} />}
    </Paper>
  );
}
