import { Stack } from '@mantine/core';
import type { PageProps } from '../../../app/pages.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { keys, useCategories, useTopics } from '../shared/queries.ts';
import { CodeTableEditor } from './CodeTableEditor.tsx';
import type { FieldDef } from './fields.ts';
import { directoryMessages } from './messages.ts';
import { ReviewersSection } from './ReviewersSection.tsx';

/** /admin/topics: topics, user categories and which Layer 2 team reviews each topic's FAQ articles. */
export function TopicsAndCategories({ me }: PageProps) {
  const t = useT(directoryMessages);
  const editable = me.role === 'admin';
  const topics = useTopics();
  const categories = useCategories();
  const common: FieldDef[] = [
    { key: 'description', label: t('description'), kind: 'textarea' },
    { key: 'sort_order', label: t('order'), kind: 'number' },
    { key: 'active', label: t('activeField'), kind: 'switch' },
  ];
  const topicFields: FieldDef[] = [
    { key: 'label', label: t('label'), kind: 'text', required: true },
    { key: 'kind', label: t('kind'), kind: 'select', required: true, options: [{ value: 'technical', label: t('technical') }, { value: 'other', label: t('other') }] },
    ...common,
  ];
  const categoryFields: FieldDef[] = [{ key: 'label', label: t('label'), kind: 'text', required: true }, ...common];
  return (
    <Stack gap="xl">
      <CodeTableEditor title={t('topics')} description={t('topicsHint')} path="/api/topics" queryKey={keys.topics} query={topics}
        fields={topicFields} editable={editable} addLabel={t('addTopic')} />
      <ReviewersSection editable={editable} />
      <CodeTableEditor title={t('categories')} description={t('categoriesHint')} path="/api/user-categories" queryKey={keys.categories} query={categories}
        fields={categoryFields} editable={editable} addLabel={t('addCategory')} />
    </Stack>
  );
}
