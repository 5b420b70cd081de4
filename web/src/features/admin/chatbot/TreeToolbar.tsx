import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconSubtask, IconTrash } from '@tabler/icons-react';
import { useT } from '../../../lib/i18n.tsx';
import { chatbotMessages } from './messages.ts';

interface Props {
  isRoot: boolean;
  canAddChild: boolean;
  disabled: boolean;
  onAdd: () => void;
  onAddChild: () => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
}

function Action({ label, onClick, disabled, color, children }: { label: string; onClick: () => void; disabled: boolean; color?: string; children: React.ReactNode }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="light" color={color} onClick={onClick} disabled={disabled} aria-label={label}>{children}</ActionIcon>
    </Tooltip>
  );
}

/** What can be done to the selected item: add beside or below it, move it, delete it. */
export function TreeToolbar({ isRoot, canAddChild, disabled, onAdd, onAddChild, onMove, onDelete }: Props) {
  const t = useT(chatbotMessages);
  return (
    <Group gap={6}>
      <Action label={t('addItem')} onClick={onAdd} disabled={disabled}><IconPlus size={16} aria-hidden /></Action>
      <Action label={t('addSubItem')} onClick={onAddChild} disabled={disabled || isRoot || !canAddChild}><IconSubtask size={16} aria-hidden /></Action>
      <Action label={t('moveUp')} onClick={() => onMove(-1)} disabled={disabled || isRoot}><IconArrowUp size={16} aria-hidden /></Action>
      <Action label={t('moveDown')} onClick={() => onMove(1)} disabled={disabled || isRoot}><IconArrowDown size={16} aria-hidden /></Action>
      <Action label={t('delete')} onClick={onDelete} disabled={disabled || isRoot} color="red"><IconTrash size={16} aria-hidden /></Action>
    </Group>
  );
}
