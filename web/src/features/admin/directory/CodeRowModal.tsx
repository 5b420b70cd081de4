import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { FormError } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import { initialValue, type CodeRow, type FieldDef } from './fields.ts';

/** Adds (row null) or edits one row of a code table; the code is fixed once created. */
export function CodeRowModal({ path, queryKey, fields, row, title, onClose }: {
  path: string; queryKey: QueryKey; fields: FieldDef[]; row: CodeRow | null; title: string; onClose: () => void;
}) {
  const c = useT(commonMessages);
  const [code, setCode] = useState(row?.code ?? '');
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => [f.key, initialValue(f, row)])));
  const set = (key: string, value: string | number | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const save = useSave({
    mutationFn: () => (row ? api<CodeRow>('PATCH', `${path}/${encodeURIComponent(row.code)}`, values) : api<CodeRow>('POST', path, { code: code.trim(), ...values })),
    invalidate: [queryKey],
    success: (saved) => `${c('saved')}: ${saved.code}`,
    failure: null,
    onSuccess: onClose,
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const errors = save.fieldErrors;
  return (
    <Modal closeButtonProps={{ 'aria-label': c('close') }} opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={save.error} />
          <TextInput label={c('code')} required disabled={row !== null} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.code} data-autofocus />
          {fields.map((field) => {
            const common = { label: field.label, error: errors[field.key], required: field.required };
            const value = values[field.key];
            switch (field.kind) {
              case 'text': return <TextInput key={field.key} {...common} value={String(value)} onChange={(e) => set(field.key, e.currentTarget.value)} />;
              case 'textarea': return <Textarea key={field.key} {...common} autosize minRows={2} value={String(value)} onChange={(e) => set(field.key, e.currentTarget.value)} />;
              case 'number': return <NumberInput key={field.key} {...common} allowDecimal={false} value={Number(value)} onChange={(v) => set(field.key, typeof v === 'number' ? v : 0)} />;
              case 'switch': return <Switch key={field.key} label={field.label} checked={Boolean(value)} onChange={(e) => set(field.key, e.currentTarget.checked)} error={errors[field.key]} />;
              case 'select': return <Select key={field.key} {...common} allowDeselect={false} data={field.options ?? []} value={String(value)} onChange={(v) => set(field.key, v ?? '')} />;
            }
          })}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{c('cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{c('save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
