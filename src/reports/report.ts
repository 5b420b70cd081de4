import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MonthlyReport } from './types.ts';
import { reportMonths } from './month.ts';
import { getEvaluation } from './notes.ts';
import { writeNarrative, type ReportFigures } from './narrative/index.ts';
import { consultationsSection, userCategoriesSection } from './sections/consultations.ts';
import { topicCounts, topicsSections, topRegionsSection } from './sections/topics.ts';
import { ticketCounts } from './sections/ticket-counts.ts';
import { acrossMonths } from './comparable.ts';
import { serviceHoursSection } from './sections/service-hours.ts';
import { complaintsSection } from './sections/complaints.ts';
import { escalationSection } from './sections/escalation.ts';
import { satisfactionSection } from './sections/satisfaction.ts';
import { chatbotSection } from './sections/chatbot.ts';
import { faceToFaceSection, videoConferencesSection } from './sections/bookings.ts';
import { knowledgeBaseSection } from './sections/knowledge-base.ts';
import { broadcastsSection } from './sections/broadcasts.ts';
import { outreachSection } from './sections/outreach.ts';

async function topicLabels(db: Kysely<Database>): Promise<Map<string, string>> {
  const topics = await db.selectFrom('topics').select(['code', 'label']).execute();
  return new Map(topics.map((t) => [t.code, t.label]));
}

/**
 * The monthly report for `month` (YYYY-MM, Asia/Jakarta) compared with the month before and the
 * same month a year earlier: every figure by an aggregate query, then the narrative from the figures.
 * `now` is when it is generated (and the moment unanswered escalations are scored at).
 */
export async function buildReport(db: Kysely<Database>, month: string, options: { now?: Date } = {}): Promise<MonthlyReport> {
  const months = reportMonths(month);
  const now = options.now ?? new Date();
  // Everything runs at once; sections that add up the ticket or topic counts wait for those two scans.
  const counting = acrossMonths(months, (m) => ticketCounts(db, m));
  const labelling = topicLabels(db);
  const topicRows = topicCounts(db, months.month);
  const [
    counts, topics, topRegions, serviceHours, complaints, escalation,
    satisfaction, chatbot, videoConferences, faceToFace, knowledgeBase, broadcasts, outreach, evaluation,
  ] = await Promise.all([
    counting,
    topicRows.then(topicsSections),
    Promise.all([counting, topicRows]).then(([c, t]) => topRegionsSection(db, c.month, t)),
    counting.then((c) => serviceHoursSection(db, months.month, c.month)),
    counting.then((c) => complaintsSection(db, months.month, c)),
    escalationSection(db, months, now),
    satisfactionSection(db, months.month),
    chatbotSection(db, months),
    labelling.then((labels) => videoConferencesSection(db, months, labels)),
    labelling.then((labels) => faceToFaceSection(db, months, labels)),
    knowledgeBaseSection(db),
    broadcastsSection(db, months),
    outreachSection(db, months),
    getEvaluation(db, months.month),
  ]);
  const figures: ReportFigures = {
    month: months.month,
    previous_month: months.previous,
    last_year_month: months.lastYear,
    generated_at: now.toISOString(),
    consultations: consultationsSection(counts),
    user_categories: userCategoriesSection(counts.month),
    ...topics,
    top_regions: topRegions,
    service_hours: serviceHours,
    complaints,
    escalation,
    satisfaction,
    chatbot,
    video_conferences: videoConferences,
    face_to_face: faceToFace,
    knowledge_base: knowledgeBase,
    broadcasts,
    outreach,
    evaluation,
  };
  return { ...figures, ...writeNarrative(figures) };
}
