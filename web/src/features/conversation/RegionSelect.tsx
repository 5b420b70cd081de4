import { useMemo } from 'react';
import { Badge, Select } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useRegions } from './queries.ts';
import { regionFilter, regionLabel } from './regionSearch.ts';

/** Region picker over the Kemendagri list (provinces and kabupaten/kota), tolerant of how names are typed. */
export function RegionSelect({ value, zone, readOnly, onChange }: { value: string | null; zone: string | null; readOnly: boolean; onChange: (code: string | null) => void }) {
  const t = useT(messages);
  const regions = useRegions();
  const data = useMemo(() => {
    const items = regions.data ?? [];
    const provinces = new Map(items.filter((r) => r.level === 'province').map((r) => [r.code, r.name]));
    return items.map((r) => ({ value: r.code, label: regionLabel(r, provinces) }));
  }, [regions.data]);
  return (
    <Select
      size="xs" placeholder={t('regionPlaceholder')} searchable={!readOnly} clearable={!readOnly} limit={40} filter={regionFilter}
      data={value && !data.length ? [{ value, label: value }] : data} value={value} onChange={onChange} readOnly={readOnly}
      nothingFoundMessage={t('none')} onFocus={(e) => e.currentTarget.select()}
      label={
        <>
          {t('region')}{' '}
          <Badge size="xs" variant="light" color={zone ? 'blue' : 'gray'} ml={4} data-testid="zone">{t('zone')} {zone ?? t('noZone')}</Badge>
        </>
      }
      comboboxProps={{ width: 320, position: 'bottom-end' }}
    />
  );
}
