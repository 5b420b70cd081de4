import type { MonthlyReport } from '../../types.ts';
import { broadcastsSection, faceToFaceSection, videoConferencesSection } from './bookings.ts';
import {
  channelsSection, complaintsSection, consultationsSection, otherTopicsSection, technicalTopicsSection, topRegionsSection, userCategoriesSection,
} from './consultations.ts';
import { outreachSections } from './outreach.ts';
import { evaluationSection, knowledgeBaseSection, layer2Section, satisfactionSection } from './quality.ts';
import { channelSection, chatbotSection, serviceHoursSection } from './service.ts';
import type { ReportSection } from './types.ts';

export type { Cell, CellKind, Column, ReportSection, SectionKey, SectionTable } from './types.ts';
export { OPTIONAL_SECTIONS } from './outreach.ts';
export { displayRows, formatCell } from './cells.ts';

/**
 * The report's sections in the seed's order, built once and shared by the PPTX, PDF and XLSX
 * renderings (and the console). Optional sections (OPTIONAL_SECTIONS) are left out when the
 * month has no figure for them; every other section is always present.
 */
export function buildSections(report: MonthlyReport): ReportSection[] {
  return [
    channelsSection(report),
    consultationsSection(report),
    technicalTopicsSection(report),
    otherTopicsSection(report),
    complaintsSection(report),
    userCategoriesSection(report),
    topRegionsSection(report),
    serviceHoursSection(report),
    channelSection(report, 'whatsapp'),
    chatbotSection(report),
    channelSection(report, 'phone'),
    channelSection(report, 'helpdesk'),
    channelSection(report, 'livechat'),
    channelSection(report, 'email'),
    videoConferencesSection(report),
    faceToFaceSection(report),
    broadcastsSection(report),
    ...outreachSections(report),
    knowledgeBaseSection(report),
    satisfactionSection(report),
    layer2Section(report),
    evaluationSection(report),
  ];
}
