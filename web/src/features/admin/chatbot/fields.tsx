import { Text, TextInput, Textarea } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { fieldOf, type FlowProblem } from './editor-tree.ts';
import { chatbotMessages } from './messages.ts';

/** The server's (or the same local check's) message for one field, for the input's error. */
export const errorFor = (problems: FlowProblem[], field: string): string | undefined =>
  problems.filter((p) => fieldOf(p) === field).map((p) => p.message).join('; ') || undefined;

/** Characters as the server's validateFlow counts them. */
const length = (value: string): number => value.length;

interface CountedProps {
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  disabled?: boolean;
  required?: boolean;
}

/** A text input with its WhatsApp limit counted below it ("18/24 karakter"), red past the limit. */
export function CountedInput({ label, value, max, onChange, error, hint, multiline, disabled, required }: CountedProps) {
  const t = useT(chatbotMessages);
  const over = length(value) > max;
  const description = (
    <Text span size="xs" c={over ? 'red.7' : 'dimmed'}>
      {hint ? `${hint} · ` : ''}{t('chars', { count: length(value), max })}
    </Text>
  );
  const common = { label, value, error, description, disabled, required, onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value) };
  return multiline ? <Textarea {...common} autosize minRows={3} maxRows={9} /> : <TextInput {...common} />;
}

/** Empty optional texts are left out of the flow (the server refuses an empty text). */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
