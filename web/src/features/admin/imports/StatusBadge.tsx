import { Badge } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import type { ImportRun } from './kinds.ts';
import { importMessages } from './messages.ts';

const COLORS = { running: 'blue', done: 'green', failed: 'red' } as const;

export function StatusBadge({ status }: { status: ImportRun['status'] }) {
  const t = useT(importMessages);
  return <Badge color={COLORS[status]} variant="light">{t(status)}</Badge>;
}
