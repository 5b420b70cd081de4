import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';

/** A secret (a new password, an API token) shown once with a copy button. */
export function ShownOnce({ title, intro, label, secret, onClose }: { title: string; intro: string; label: string; secret: string | null; onClose: () => void }) {
  const t = useT(commonMessages);
  return (
    <Modal closeButtonProps={{ 'aria-label': t('close') }} opened={secret !== null} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack>
        <Text size="sm">{intro}</Text>
        <Text size="sm" fw={600} id="shown-once-label">{label}</Text>
        <Group wrap="nowrap" align="center">
          <Code block style={{ flex: 1, fontSize: 15, wordBreak: 'break-all' }} aria-labelledby="shown-once-label" data-testid="shown-once-secret">{secret}</Code>
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
                {copied ? t('copied') : t('copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="yellow" variant="light">{t('shownOnce')}</Alert>
        <Group justify="flex-end"><Button onClick={onClose}>{t('close')}</Button></Group>
      </Stack>
    </Modal>
  );
}
