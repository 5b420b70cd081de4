import { ApiError } from '../../../lib/api.ts';

/**
 * The server's messages per field. Schema errors name "body.username" (or "body" with
 * "must have required property 'x'"), service errors name "username": both become "username".
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields: Record<string, string> = {};
  for (const detail of error.details) {
    let field = (detail.field ?? '').replace(/^(body|querystring|params)\.?/, '');
    const required = /required property '([^']+)'/.exec(detail.message);
    if (!field && required?.[1]) field = required[1];
    if (field && !(field in fields)) fields[field] = detail.message;
  }
  return fields;
}

/** The message to show for any failure. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
