/**
 * The monthly report (docs: shared/docs/report.md). One computation, several renderings
 * (JSON, PPTX, PDF, XLSX, the console). Field names are a public contract: add, never rename.
 */
import type { Channel } from '../db/schema.ts';

/** A figure of the month with the previous month and the same month a year earlier. */
export interface Comparable {
  value: number;
  previous: number;
  last_year: number;
  /** round_half_up((value - previous) / previous * 100); null when previous is 0. */
  change_previous_pct: number | null;
  change_last_year_pct: number | null;
}

export interface ChannelComparable extends Comparable {
  /** The channel's fraction of the month's consultations, unrounded. */
  share: number;
}

export interface CountShare {
  count: number;
  share: number;
}

export interface TopicCount {
  topic: string;
  /** The topic's label for display ("DAK Fisik"); `topic` is its code. */
  label: string;
  count: number;
}

export type ZoneKey = 'WIB' | 'WITA' | 'WIT' | 'unidentified';
export type ZoneCounts = Record<ZoneKey, number>;

export interface MonthlyReport {
  month: string;
  previous_month: string;
  last_year_month: string;
  /** When this report was computed (ISO 8601). */
  generated_at: string;
  consultations: {
    total: Comparable;
    by_channel: Record<Channel, ChannelComparable>;
  };
  user_categories: Record<'pemda' | 'kl' | 'akademisi' | 'lainnya', CountShare>;
  /** Every topic with count > 0, most first; a ticket with several topics counts once for each. */
  topics: TopicCount[];
  /** Top 3 per channel. */
  channel_top_topics: Record<Channel, TopicCount[]>;
  /** The 3 regions with most tickets from users of category pemda. */
  top_regions: { region_code: string; region_name: string; count: number; topics: string[] }[];
  service_hours: {
    identified: number;
    unidentified: number;
    inside: ZoneCounts;
    outside: ZoneCounts;
    outside_total: number;
    outside_escalated: { count: number; share: number; topics: string[] };
  };
  complaints: {
    count: Comparable;
    /** Complaints grouped by subject (the seed lists one subject with the regions that sent it). */
    items: {
      /** The first ticket's id, and every ticket's id and number. */
      ticket: number;
      tickets: number[];
      numbers: number[];
      subject: string;
      count: number;
      /** Region names ("Kab. Bogor"), most frequent first. */
      regions: string[];
      /** Complaints of this subject with no known region ("1 daerah tidak teridentifikasi"). */
      unidentified_regions: number;
    }[];
  };
  escalation: {
    total: Comparable;
    teams: {
      team: string;
      team_code: string;
      unit: string;
      count: number;
      share: number;
      score: number | null;
      pending: number;
      mean_working_days: number | null;
    }[];
  };
  satisfaction: {
    /** The monthly rule: at least this many ratings from at least this many different users. */
    minimum: { ratings: number; raters: number };
    agents: {
      agent: string;
      name: string;
      ratings: number;
      raters: number;
      service: number | null;
      substance: number | null;
      score: number | null;
      meets_minimum: boolean;
    }[];
  };
  chatbot: {
    /** Users of the chatbot without Chat Agent (distinct contacts). */
    users: Comparable;
    sessions: number;
    handed_to_agent: number;
    /** Every menu with its count, "Tidak Dilanjutkan" included; "Chat Agent" excluded. */
    by_menu: { menu: string; count: number }[];
  };
  video_conferences: {
    count: Comparable;
    /** Approved video conferences the requester did not join (status no_show), in the month. */
    no_show: number;
    items: { date: string; region: string; topics: string[] }[];
  };
  face_to_face: {
    count: Comparable;
    /** The configured maximum of guests per visit. */
    guest_limit: number;
    over_guest_limit: number;
    /** Approved visits nobody came to (status no_show), in the month. */
    no_show: number;
    items: { date: string; visitor: string; topics: string[]; guests: number | null }[];
  };
  knowledge_base: {
    awaiting_review: { topic: string; label: string; count: number; oldest_flagged_at: string | null }[];
    total_awaiting_review: number;
  };
  broadcasts: {
    email: { count: Comparable; items: BroadcastItem[] };
    whatsapp: { count: Comparable; items: BroadcastItem[] };
  };
  /** Every outreach metric recorded for the month (metric name -> comparable), plus the lists. */
  outreach: {
    metrics: Record<string, Comparable & { label: string }>;
    lists: Record<string, { date: string | null; title: string; type: string }[]>;
  };
  /** The supervisor's "Evaluasi dan Saran" for the month ('' when none). */
  evaluation: string;
  /** The narrative, sentence by sentence, in the seed's words. */
  narrative: string[];
  /** The same sentences grouped by section key (consultations, whatsapp, ...). */
  narrative_by_section: Record<string, string[]>;
}

export interface BroadcastItem {
  date: string;
  subject: string;
  recipients: number;
}
