import { Alert, NumberInput, Stack, Text } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { DEFAULT_IDLE_MINUTES, LIMITS } from '../../../../../src/chatbot/flow.ts';
import { fieldOf, type EditorFlow, type FlowProblem } from './editor-tree.ts';
import { CountedInput, errorFor, optional } from './fields.tsx';
import { chatbotMessages } from './messages.ts';

const REQUIRED = ['greeting', 'registrationPrompt', 'menuPrompt', 'afterAnswerPrompt'] as const;
const OPTIONAL = ['handoffMessage', 'closingMessage'] as const;
const KNOWN: string[] = [...REQUIRED, ...OPTIONAL, 'idleMinutes'];

interface Props {
  flow: EditorFlow;
  problems: FlowProblem[];
  readOnly: boolean;
  onChange: (flow: EditorFlow) => void;
}

/** The main menu's node: the texts the bot sends around the menu, and the session timeout. */
export function FlowTextsEditor({ flow, problems, readOnly, onChange }: Props) {
  const t = useT(chatbotMessages);
  const other = problems.filter((p) => !KNOWN.includes(fieldOf(p)));
  return (
    <Stack gap="sm">
      {other.length > 0 && (
        <Alert color="red" title={t('localProblems')} role="alert" p="xs">
          {other.map((p, i) => <Text key={i} size="sm">{p.field ? `${p.field}: ` : ''}{p.message}</Text>)}
        </Alert>
      )}
      {REQUIRED.map((field) => (
        <CountedInput key={field} multiline required label={t(field)} value={flow[field]} max={LIMITS.text} disabled={readOnly}
          error={errorFor(problems, field)} onChange={(value) => onChange({ ...flow, [field]: value })} />
      ))}
      {OPTIONAL.map((field) => (
        <CountedInput key={field} multiline label={t(field)} value={flow[field] ?? ''} max={LIMITS.text} disabled={readOnly}
          error={errorFor(problems, field)} onChange={(value) => onChange({ ...flow, [field]: optional(value) })} />
      ))}
      <NumberInput label={t('idleMinutes')} description={t('idleHint')} min={1} max={1440} step={5} w={260} disabled={readOnly}
        value={flow.idleMinutes ?? DEFAULT_IDLE_MINUTES} error={errorFor(problems, 'idleMinutes')}
        onChange={(value) => onChange({ ...flow, idleMinutes: typeof value === 'number' ? value : undefined })} />
    </Stack>
  );
}
