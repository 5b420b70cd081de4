import type { Comparable, MonthlyReport } from '../types.ts';
import { sampleReport } from './sample.ts';

const zero = (): Comparable => ({ value: 0, previous: 0, last_year: 0, change_previous_pct: null, change_last_year_pct: null });
const none = () => ({ count: 0, share: 0 });
const zones = () => ({ WIB: 0, WITA: 0, WIT: 0, unidentified: 0 });

/** A month without any record (the sample's months): every mandatory section shows its empty state. */
export function emptyReport(): MonthlyReport {
  const { month, previous_month, last_year_month, generated_at, satisfaction, face_to_face } = sampleReport();
  const channel = () => ({ ...zero(), share: 0 });
  return {
    month, previous_month, last_year_month, generated_at,
    consultations: { total: zero(), by_channel: { whatsapp: channel(), email: channel(), phone: channel(), helpdesk: channel(), livechat: channel() } },
    user_categories: { pemda: none(), kl: none(), akademisi: none(), lainnya: none() },
    topics: [], channel_top_topics: { whatsapp: [], email: [], phone: [], helpdesk: [], livechat: [] }, top_regions: [],
    service_hours: { identified: 0, unidentified: 0, inside: zones(), outside: zones(), outside_total: 0, outside_escalated: { count: 0, share: 0, topics: [] } },
    complaints: { count: zero(), items: [] },
    escalation: { total: zero(), teams: [] },
    satisfaction: { minimum: satisfaction.minimum, agents: [] },
    chatbot: { users: zero(), sessions: 0, handed_to_agent: 0, by_menu: [] },
    video_conferences: { count: zero(), no_show: 0, items: [] },
    face_to_face: { count: zero(), guest_limit: face_to_face.guest_limit, over_guest_limit: 0, no_show: 0, items: [] },
    knowledge_base: { awaiting_review: [], total_awaiting_review: 0 },
    broadcasts: { email: { count: zero(), items: [] }, whatsapp: { count: zero(), items: [] } },
    outreach: { metrics: {}, lists: {} },
    evaluation: '', narrative: [], narrative_by_section: {},
  };
}
