import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserCheck, IconUserPlus } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { phoneLookupKey, useContactsByPhone, useRegionList, type ContactHit } from './reference.ts';

/**
 * The contacts a typed number belongs to (debounced GET /api/contacts?q=digits); nothing while
 * the debounced number lags behind the typed one (e.g. just after the form was cleared).
 */
export function useRecognisedCaller(phone: string) {
  const [debounced] = useDebouncedValue(phone, 250);
  const key = phoneLookupKey(debounced);
  const lookup = useContactsByPhone(key);
  const current = key !== undefined && key === phoneLookupKey(phone);
  return { hits: current ? (lookup.data ?? []) : [], settled: current && lookup.isSuccess };
}

function describe(hit: ContactHit, regionName: (code: string | null) => string | undefined): string {
  return [hit.institution, regionName(hit.region_code)].filter(Boolean).join(' · ');
}

/** Under the number: who it is, several to pick from, or "new caller". */
export function RecognisedCaller({ hits, settled, chosenId, onChoose }: { hits: ContactHit[]; settled: boolean; chosenId: number | null; onChoose: (hit: ContactHit) => void }) {
  const t = useT(messages);
  const regions = useRegionList();
  const names = new Map((regions.data?.items ?? []).map((r) => [r.code, r.name]));
  const regionName = (code: string | null) => (code ? names.get(code) : undefined);
  if (!settled) return null;
  if (hits.length === 0) {
    return <Text size="xs" c="dimmed" role="status"><IconUserPlus size={12} aria-hidden /> {t('unknownCaller')}</Text>;
  }
  const chosen = hits.find((h) => h.id === chosenId) ?? (hits.length === 1 ? hits[0] : undefined);
  if (chosen) {
    return (
      <Alert color="teal" variant="light" py={6} px="xs" icon={<IconUserCheck size={18} aria-hidden />} role="status" data-testid="recognised-caller">
        <Text size="sm" truncate="end"><b>{t('recognised')}: {chosen.name}</b>{describe(chosen, regionName) ? ` · ${describe(chosen, regionName)}` : ''}</Text>
      </Alert>
    );
  }
  return (
    <Stack gap={4} role="status">
      <Text size="xs" c="dimmed">{t('several', { n: hits.length })}</Text>
      {hits.slice(0, 4).map((h) => (
        <Group key={h.id} gap="xs" wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => onChoose(h)}>{t('useContact')}</Button>
          <Text size="xs" truncate="end">{h.name} · {describe(h, regionName)}</Text>
        </Group>
      ))}
    </Stack>
  );
}
