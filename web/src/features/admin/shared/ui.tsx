import type { ReactNode } from 'react';
import { Alert, Badge, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { fieldErrorsOf, messageOf } from './errors.ts';

/** A titled part of an admin page, with its buttons on the right. */
export function Section({ title, description, actions, children }: { title: string; description?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={3} size="h4">{title}</Title>
          {description && <Text size="sm" c="dimmed">{description}</Text>}
        </div>
        {actions && <Group gap="xs" wrap="nowrap">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}

/** Loading and error states of a query, or its content. */
export function Loaded<T>({ query, children }: { query: { isPending: boolean; error: unknown; data: T | undefined }; children: (data: T) => ReactNode }) {
  const t = useT(commonMessages);
  if (query.isPending) return <Center p="lg"><Loader size="sm" aria-label={t('loading')} /></Center>;
  if (query.error || query.data === undefined) return <Alert color="red" role="alert">{t('loadFailed', { message: messageOf(query.error) })}</Alert>;
  return <>{children(query.data)}</>;
}

/** A failed form's summary: "check the marked fields" when the server named fields, its own message otherwise. */
export function FormError({ error }: { error: unknown }) {
  const t = useT(commonMessages);
  if (!error) return null;
  const named = Object.keys(fieldErrorsOf(error)).length > 0;
  return <Alert color="red" role="alert" variant="light">{named ? t('checkFields') : messageOf(error)}</Alert>;
}

/** A badge that never truncates its word in a narrow table column. */
export function Tag({ color, outline, children }: { color: string; outline?: boolean; children: ReactNode }) {
  // Dark text on the light background keeps the contrast above 4.5:1 (a light badge's own text colour can fall below it).
  return <Badge tt="none" color={outline ? `${color}.7` : color} c={`${color}.9`} variant={outline ? 'outline' : 'light'} styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>{children}</Badge>;
}

/** Aktif / Nonaktif. */
export function ActiveTag({ active }: { active: boolean }) {
  const t = useT(commonMessages);
  return active ? <Tag color="green">{t('active')}</Tag> : <Tag color="gray" outline>{t('inactive')}</Tag>;
}
