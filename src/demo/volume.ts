import { jakartaMonthRange } from '../platform/month.ts';
import { createRng } from './random.ts';
import { CHATBOT_SESSIONS_PER_1000_TICKETS } from './shape.ts';

/**
 * How busy a month is: a seasonal wave (quiet in January, busiest mid-year when allocations
 * and the APBD revision keep Pemda asking) with some noise, so that month-on-month and
 * year-on-year comparisons are never flat.
 */
export function seasonalFactor(month: string, seed: number, purpose: string): number {
  const monthNumber = Number(month.slice(5, 7));
  const wave = 1 + 0.12 * Math.sin((2 * Math.PI * (monthNumber - 4)) / 12);
  const noise = 1 + (createRng(seed, 'volume', purpose, month).next() - 0.5) * 0.14;
  return wave * noise;
}

/** Share of the month that has passed by `now` (1 for past months, 0 for future ones). */
export function elapsedShare(month: string, now: Date): number {
  const { from, to } = jakartaMonthRange(month);
  const share = (now.getTime() - from.getTime()) / (to.getTime() - from.getTime());
  return Math.min(1, Math.max(0, share));
}

export interface MonthVolume {
  tickets: number;
  /** Chatbot sessions that stayed with the bot (the handed-over ones follow the tickets). */
  botSessions: number;
}

export function monthVolume(month: string, options: { seed: number; ticketsPerMonth: number; scale?: { month: string; tickets: number } | undefined; now: Date }): MonthVolume {
  const elapsed = elapsedShare(month, options.now);
  const full = options.scale?.month === month
    ? options.scale.tickets
    : Math.round(options.ticketsPerMonth * seasonalFactor(month, options.seed, 'tickets'));
  const botSessions = Math.round((options.ticketsPerMonth * CHATBOT_SESSIONS_PER_1000_TICKETS) / 1000 * seasonalFactor(month, options.seed, 'chatbot'));
  return { tickets: Math.round(full * elapsed), botSessions: Math.round(botSessions * elapsed) };
}
