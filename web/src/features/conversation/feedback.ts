import { notifications } from '@mantine/notifications';
import { ApiError } from '../../lib/api.ts';

/** The server's message and its field details, in one line for a notification. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError && error.details.length) return `${error.message}: ${error.details.map((d) => d.message).join('; ')}`;
  return error instanceof Error ? error.message : String(error);
}

export const notifyError = (title: string, error: unknown) => notifications.show({ color: 'red', title, message: errorText(error) });
export const notifyDone = (message: string) => notifications.show({ color: 'teal', message, autoClose: 2500 });
