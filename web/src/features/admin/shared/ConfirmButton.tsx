import { useState, type ReactNode } from 'react';
import { Button, Group, Popover, Stack, Text, type ButtonProps } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';

/** A button that asks "are you sure?" in a popover before it acts. */
export function ConfirmButton({ question, onConfirm, children, loading, ...button }: ButtonProps & { question: string; onConfirm: () => void; children: ReactNode }) {
  const t = useT(commonMessages);
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={300} position="bottom-end" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button size="xs" variant="subtle" {...button} loading={loading} onClick={() => setOpened((o) => !o)}>{children}</Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={question}>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>{t('cancel')}</Button>
            <Button size="xs" color={button.color ?? 'red'} onClick={() => { setOpened(false); onConfirm(); }}>{t('confirm')}</Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
