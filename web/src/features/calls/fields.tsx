import { useMemo } from 'react';
import { MultiSelect, Select, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useRegionList, useTopicList, useUserCategories } from './reference.ts';

const words = (text: string): string[] => text.toLowerCase().replace(/[.,()/-]/g, ' ').split(/\s+/).filter(Boolean);

/** Every typed word starts a word of the option ("kab bogor" finds "Kabupaten Bogor", "32.01" its code). */
const wordPrefixFilter: OptionsFilter = ({ options, search, limit }) => {
  const typed = words(search);
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (!('value' in option)) continue;
    const haystack = [...words(option.label), option.value];
    if (typed.every((w) => haystack.some((h) => h.startsWith(w)))) found.push(option);
  }
  return found;
};

interface FieldProps<V> {
  value: V;
  onChange: (value: V) => void;
  error?: string | undefined;
}

/** Province or kabupaten/kota, searched by any word or the Kemendagri code; value is the code. */
export function RegionSelect({ value, onChange, error }: FieldProps<string | null>) {
  const t = useT(messages);
  const regions = useRegionList();
  const data = useMemo<ComboboxItem[]>(() => {
    const items = regions.data?.items ?? [];
    const provinces = new Map(items.filter((r) => r.level === 'province').map((r) => [r.code, r.name]));
    return items.map((r) => ({ value: r.code, label: r.level === 'province' ? `${r.name} (provinsi, ${r.zone})` : `${r.name}, ${provinces.get(r.province_code) ?? ''} (${r.zone})` }));
  }, [regions.data]);
  return (
    <Select
      label={t('region')} placeholder={t('regionSearch')} data={data} value={value} onChange={onChange} searchable clearable allowDeselect={false}
      filter={wordPrefixFilter} limit={30} selectFirstOptionOnChange nothingFoundMessage="–" error={error} description={t('attribution')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}

export function TopicSelect({ value, onChange, error }: FieldProps<string[]>) {
  const t = useT(messages);
  const topics = useTopicList();
  const data = useMemo(() => (topics.data ?? []).filter((tp) => tp.active).map((tp) => ({ value: tp.code, label: tp.label })), [topics.data]);
  return (
    <MultiSelect label={t('topics')} placeholder={value.length ? undefined : t('topicsSearch')} data={data} value={value} onChange={onChange}
      searchable selectFirstOptionOnChange filter={wordPrefixFilter} error={error} required hidePickedOptions maxValues={10} />
  );
}

export function CategorySelect({ value, onChange, error }: FieldProps<string | null>) {
  const t = useT(messages);
  const categories = useUserCategories();
  const data = (categories.data ?? []).filter((c) => c.active).map((c) => ({ value: c.code, label: c.label }));
  return <Select label={t('category')} data={data} value={value} onChange={onChange} clearable allowDeselect={false} error={error} />;
}
