/** GET /api/settings/channels (src/channels/status.ts): the environment's channel settings, no secrets. */
export interface ChannelStatus {
  public_url: string;
  whatsapp: { enabled: boolean; phone_number_id: string | null; api_host: string | null; api_version: string | null; rate_per_second: number | null; webhook_url: string };
  email: {
    listener: { host: string; port: number; accept_domains: string[]; max_bytes: number } | null;
    imap: { server: string; mailbox: string | null; poll_seconds: number } | null;
    smtp: { server: string; from: string } | null;
    acknowledge: boolean;
  };
  livechat: { allowed_origins: string[] | 'any'; starts_per_minute: number; challenge_bits: number; widget_url: string };
  pbx: { enabled: boolean; webhook_url: string };
}
