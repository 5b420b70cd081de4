/**
 * The report's narrative in the seed's words, section by section in the seed's order. Each writer
 * is a pure function of the figures, so the narrative can be tested without a database.
 */
import type { MonthlyReport } from '../types.ts';
import type { ReportFigures } from './words.ts';
import { complaintsNarrative, consultationsNarrative, topicsNarrative, topRegionsNarrative, userCategoriesNarrative } from './consultations.ts';
import { serviceHoursNarrative } from './service-hours.ts';
import { emailNarrative, helpdeskNarrative, livechatNarrative, phoneNarrative, whatsappNarrative } from './channels.ts';
import { chatbotNarrative, faceToFaceNarrative, videoConferencesNarrative } from './services.ts';
import { advocacyNarrative, ppidNarrative, publicationsNarrative, socialMediaNarrative, webinarsNarrative, websiteNarrative } from './outreach.ts';
import { broadcastsNarrative } from './broadcasts.ts';
import { escalationNarrative, knowledgeBaseNarrative, satisfactionNarrative } from './quality.ts';

export type { ReportFigures } from './words.ts';

/** Section key -> writer, in the order of the seed report's pages. */
export const NARRATIVE_SECTIONS = [
  ['publications', publicationsNarrative],
  ['webinars', webinarsNarrative],
  ['broadcasts', broadcastsNarrative],
  ['website', websiteNarrative],
  ['consultations', consultationsNarrative],
  ['topics', topicsNarrative],
  ['complaints', complaintsNarrative],
  ['user_categories', userCategoriesNarrative],
  ['top_regions', topRegionsNarrative],
  ['service_hours', serviceHoursNarrative],
  ['whatsapp', whatsappNarrative],
  ['chatbot', chatbotNarrative],
  ['phone', phoneNarrative],
  ['helpdesk', helpdeskNarrative],
  ['livechat', livechatNarrative],
  ['email', emailNarrative],
  ['video_conferences', videoConferencesNarrative],
  ['face_to_face', faceToFaceNarrative],
  ['social_media', socialMediaNarrative],
  ['ppid', ppidNarrative],
  ['advocacy', advocacyNarrative],
  ['knowledge_base', knowledgeBaseNarrative],
  ['satisfaction', satisfactionNarrative],
  ['escalation', escalationNarrative],
] as const satisfies readonly (readonly [string, (r: ReportFigures) => string[]])[];

/** Every section's sentences (a section without sentences has an empty list). */
export function writeNarrative(figures: ReportFigures): Pick<MonthlyReport, 'narrative' | 'narrative_by_section'> {
  const bySection: Record<string, string[]> = {};
  for (const [key, write] of NARRATIVE_SECTIONS) bySection[key] = write(figures);
  return { narrative: Object.values(bySection).flat(), narrative_by_section: bySection };
}
