import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useLanguage } from '../../../lib/i18n.tsx';
import { fieldErrorsOf, messageOf } from './errors.ts';
import { sayFieldMessage } from './schema-messages.ts';

interface SaveOptions<V, R> {
  mutationFn: (vars: V) => Promise<R>;
  /** Queries to refetch after success. */
  invalidate: QueryKey[];
  /** The success notification's text. */
  success: string | ((result: R, vars: V) => string);
  /** Title of the failure notification; forms that show the error themselves pass null. */
  failure: string | null;
  onSuccess?: (result: R, vars: V) => void;
}

/** A write with a success notification, refreshed lists and the server's field messages (schema ones in the console's language). */
export function useSave<V, R>(options: SaveOptions<V, R>) {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onSuccess: async (result, vars) => {
      notifications.show({ color: 'green', message: typeof options.success === 'string' ? options.success : options.success(result, vars) });
      options.onSuccess?.(result, vars);
      await Promise.all(options.invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    onError: (error) => {
      if (options.failure !== null) notifications.show({ color: 'red', title: options.failure, message: messageOf(error) });
    },
  });
  const { language } = useLanguage();
  const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsOf(mutation.error)).map(([field, message]) => [field, sayFieldMessage(message, language)]));
  return { ...mutation, fieldErrors };
}
