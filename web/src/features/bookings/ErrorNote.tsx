import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError } from '../../lib/api.ts';

/** The server's message for a field (ApiError details), to show under that input. */
export function fieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.details.filter((d) => d.field !== undefined && fields.includes(d.field)).map((d) => d.message);
  return messages.length ? messages.join(' ') : undefined;
}

/**
 * A refusal as the server worded it: the message and every detail not already shown beside
 * its field (`shownFields`). Nothing when there is no error.
 */
export function ErrorNote({ error, title, shownFields = [] }: { error: unknown; title?: string; shownFields?: string[] }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Error';
  const details = error instanceof ApiError ? error.details.filter((d) => !d.field || !shownFields.includes(d.field)) : [];
  const repeats = details.length === 1 && details[0]?.message === message;
  return (
    <Alert color="red" role="alert" icon={<IconAlertCircle size={18} aria-hidden />} title={title} data-testid="api-error">
      {message}
      {details.length > 0 && !repeats && (
        <List size="sm" mt={4}>
          {details.map((d, i) => <List.Item key={i}>{d.message}</List.Item>)}
        </List>
      )}
    </Alert>
  );
}
