import { Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconEqual } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { reportMessages } from './messages.ts';

interface Props {
  pct: number | null;
  /** Fewer complaints is good news: a rise then shows red. */
  higherIsBetter?: boolean;
  size?: 'xs' | 'sm';
  /** '+16%' as in the PPTX tables (the words are still read out), instead of 'naik 16%'. */
  compact?: boolean;
}

/**
 * A change in whole percent in the seed's words ("naik 16%", "turun 23%", "sama"), with an arrow
 * and a colour: green when it went the good way, red when the bad way.
 */
export function ChangeBadge({ pct, higherIsBetter = true, size = 'sm', compact = false }: Props) {
  const t = useT(reportMessages);
  if (pct === null) return <Text span size={size} c="dimmed" title={t('noComparison')}>{compact ? '-' : t('noComparison')}</Text>;
  const words = pct === 0 ? t('same') : t(pct > 0 ? 'up' : 'down', { pct: formatNumber(Math.abs(pct)) });
  const shown = compact ? `${pct > 0 ? '+' : ''}${formatNumber(pct)}%` : words;
  const Icon = pct === 0 ? IconEqual : pct > 0 ? IconArrowUpRight : IconArrowDownRight;
  const color = pct === 0 ? 'gray.7' : (pct > 0) === higherIsBetter ? 'teal.8' : 'red.8';
  return (
    <Group component="span" gap={2} wrap="nowrap" c={color} style={{ display: 'inline-flex', whiteSpace: 'nowrap', verticalAlign: 'middle' }} aria-label={compact ? words : undefined}>
      <Icon size={14} aria-hidden />
      <Text span size={size} fw={600} aria-hidden={compact || undefined}>{shown}</Text>
    </Group>
  );
}
