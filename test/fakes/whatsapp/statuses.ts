import { randomBytes } from 'node:crypto';

export type FakeStatusName = 'sent' | 'delivered' | 'read' | 'failed';

export interface FakeFailedStatus {
  status: 'failed';
  code: number;
  title: string;
  message?: string;
  details?: string;
}

export type FakeStatus = Exclude<FakeStatusName, 'failed'> | FakeFailedStatus;

export interface StatusContext {
  wamid: string;
  recipientId: string;
  /** Pricing category: 'service' for replies in the window, 'utility' or 'marketing' for templates. */
  category: string;
  conversationId: string;
}

const nameOf = (status: FakeStatus): FakeStatusName => (typeof status === 'string' ? status : status.status);

/** One `statuses[]` item as Meta sends it. */
export function statusItem(status: FakeStatus, ctx: StatusContext, timestampSeconds: number): Record<string, unknown> {
  const name = nameOf(status);
  const item: Record<string, unknown> = { id: ctx.wamid, status: name, timestamp: String(timestampSeconds), recipient_id: ctx.recipientId };
  if (name === 'sent' || name === 'delivered') {
    item.conversation = {
      id: ctx.conversationId,
      ...(name === 'sent' ? { expiration_timestamp: String(timestampSeconds + 86_400) } : {}),
      origin: { type: ctx.category },
    };
    item.pricing = { billable: true, pricing_model: 'CBP', category: ctx.category };
  }
  if (typeof status !== 'string') {
    item.errors = [{ code: status.code, title: status.title, message: status.message ?? status.title, error_data: { details: status.details ?? status.title } }];
  }
  return item;
}

export const newConversationId = (): string => randomBytes(16).toString('hex');

/** A shuffled copy that is never the original order (when there are two or more). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  if (copy.length > 1 && copy.every((item, i) => item === items[i])) copy.push(copy.shift()!);
  return copy;
}

export { nameOf as statusName };
