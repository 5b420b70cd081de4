import type { TicketStatus } from './types.ts';

export const STATUS_COLORS: Record<TicketStatus, string> = { open: 'blue', pending: 'yellow', escalated: 'grape', resolved: 'teal', closed: 'gray' };
