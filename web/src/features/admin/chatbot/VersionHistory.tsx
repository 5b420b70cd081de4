import { Badge, Button, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { chatbotMessages } from './messages.ts';
import type { FlowVersion } from './useFlowEditor.ts';

interface Props {
  opened: boolean;
  versions: FlowVersion[] | undefined;
  viewing: number | null;
  onClose: () => void;
  onView: (version: number | null) => void;
}

/** Every published version, newest first: who published it and when; any one can be opened read-only. */
export function VersionHistory({ opened, versions, viewing, onClose, onView }: Props) {
  const t = useT(chatbotMessages);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="sm" title={t('history')} closeButtonProps={{ 'aria-label': t('close') }}>
      {!versions ? <Loader size="sm" /> : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {versions.map((v) => {
            const isShown = viewing === null ? v.active : viewing === v.version;
            return (
              <Group key={v.version} component="li" justify="space-between" wrap="nowrap" p="xs"
                style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)', background: isShown ? 'var(--mantine-color-blue-light)' : undefined }}>
                <div>
                  <Group gap={6}>
                    <Text fw={600} size="sm">{t('version', { version: v.version })}</Text>
                    {v.active && <Badge size="xs" color="green">{t('active')}</Badge>}
                  </Group>
                  <Text size="xs" c="dimmed">{formatDateTime(v.updated_at)} · {t('by', { name: v.updated_by_name ?? t('system') })}</Text>
                </div>
                <Button size="compact-xs" variant={isShown ? 'filled' : 'light'} aria-label={`${t('view')} ${t('version', { version: v.version })}`}
                  onClick={() => { onView(v.active ? null : v.version); onClose(); }}>
                  {t('view')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
    </Drawer>
  );
}
