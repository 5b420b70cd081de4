import { AppError } from '../platform/errors.ts';
import { jakartaDate } from '../platform/calendar.ts';
import type { Calendar, IsoDate } from '../platform/calendar.ts';

/**
 * The Layer 2 score from the ministry's monthly report. H is the working day (Asia/Jakarta) on which
 * a ticket was escalated to L2, or the next working day when escalated on a weekend or holiday;
 * H+n is the n-th working day after H.
 */
export type L2Points = 120 | 100 | 80;

export interface L2Score {
  /** null while the ticket is unanswered and H+3 has not yet passed. */
  score: L2Points | null;
  /** n of H+n: when answered, or elapsed so far while unanswered. */
  workingDays: number | null;
  /** Still waiting for an L2 answer. */
  pending: boolean;
  /** H+3: the last day that still earns 100. */
  dueBy: IsoDate;
}

/** H+0..H+1 earn 120, H+2..H+3 earn 100, later 80. */
const DAYS_FOR_120 = 1;
const DAYS_FOR_100 = 3;

function pointsFor(workingDays: number): L2Points {
  if (workingDays <= DAYS_FOR_120) return 120;
  if (workingDays <= DAYS_FOR_100) return 100;
  return 80;
}

/**
 * n such that `instant` falls on H+n. A non-working day counts as the working day before it, and
 * anything before H (e.g. an answer on the Saturday of a Saturday escalation) counts as H itself.
 */
function workingDaysSinceH(calendar: Calendar, h: IsoDate, instant: Date): number {
  // workingDaysBetween counts working days in (h, day], so a non-working day already counts as the
  // working day before it; it is negative only when day is before h.
  return Math.max(0, calendar.workingDaysBetween(h, jakartaDate(instant)));
}

export function scoreEscalation(
  calendar: Calendar,
  escalatedAt: Date,
  answeredAt: Date | null,
  now: Date,
): L2Score {
  const h = calendar.workingDayOnOrAfter(jakartaDate(escalatedAt));
  const dueBy = calendar.addWorkingDays(h, DAYS_FOR_100);

  if (answeredAt) {
    // An answer before the escalation means the timestamps are wrong; scoring it 120 would hide that.
    if (answeredAt.getTime() < escalatedAt.getTime()) {
      throw new AppError('validation', 'An L2 answer cannot precede its escalation', [
        { field: 'answeredAt', message: 'must not be before escalatedAt', value: answeredAt.toISOString() },
      ]);
    }
    const workingDays = workingDaysSinceH(calendar, h, answeredAt);
    return { score: pointsFor(workingDays), workingDays, pending: false, dueBy };
  }

  // Unanswered: only 80 is certain, and only once H+3 is over. A weekend right after H+3 does not
  // count as over, since an answer then would still count as H+3.
  const workingDays = workingDaysSinceH(calendar, h, now);
  return { score: workingDays > DAYS_FOR_100 ? 80 : null, workingDays, pending: true, dueBy };
}

/** Mean of the scored tickets, unrounded (rounding is the report's job); null when none is scored. */
export function teamScore(scores: (number | null)[]): number | null {
  const scored = scores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  return scored.reduce((sum, s) => sum + s, 0) / scored.length;
}
