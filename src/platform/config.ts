import path from 'node:path';
import { AppError } from './errors.ts';
import { loadWhatsAppConfig, type WhatsAppConfig } from '../channels/whatsapp/config.ts';
import { loadEmailConfig, type EmailConfig } from '../channels/email/config.ts';
import { loadLivechatConfig, type LivechatConfig } from '../channels/livechat/config.ts';

/** Configuration, read from the environment once and validated (see .env.example). */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; absent means the embedded PGlite database. */
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  /** Create demo records on an empty database (default: on for the embedded database). */
  demo: boolean;
  /** Sessions cookies are marked Secure (set when served over HTTPS). */
  cookieSecure: boolean;
  sessionHours: number;
  loginRateLimitPerMinute: number;
  logLevel: string;
  publicUrl: string;
  /** The WhatsApp channel; absent when WHATSAPP_PHONE_NUMBER_ID is not set. */
  whatsapp: WhatsAppConfig | undefined;
  /** The email channel: SMTP listener, IMAP polling and outbound relay, each when configured. */
  email: EmailConfig;
  /** The live-chat widget: allowed sites, rate limit, spam challenge (LIVECHAT_*). */
  livechat: LivechatConfig;
  /** Shared secret of the PBX webhook (PBX_WEBHOOK_SECRET); absent means /webhooks/pbx is off (404). */
  pbxWebhookSecret: string | undefined;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('validation', `Environment variable ${name}=${raw} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new AppError('validation', `Environment variable ${name}=${raw} must be true or false (1/0)`);
}

function databaseUrl(env: Env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new AppError('validation', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  return url;
}

/** A shared secret someone could guess is no secret: at least 16 characters. */
function pbxSecret(env: Env): string | undefined {
  const secret = env.PBX_WEBHOOK_SECRET?.trim();
  if (!secret) return undefined;
  if (secret.length < 16) throw new AppError('validation', 'PBX_WEBHOOK_SECRET must be at least 16 characters (e.g. openssl rand -hex 32)');
  return secret;
}

export function loadConfig(env: Env = process.env): Config {
  const dbUrl = databaseUrl(env);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port,
    host,
    databaseUrl: dbUrl,
    dataDir: path.resolve(env.SAPA_DATA_DIR?.trim() || 'data'),
    adminPassword: env.SAPA_ADMIN_PASSWORD || undefined,
    demo: boolean(env, 'SAPA_DEMO', dbUrl === undefined),
    cookieSecure: boolean(env, 'SAPA_COOKIE_SECURE', false),
    sessionHours: integer(env, 'SAPA_SESSION_HOURS', 12, 1, 24 * 30),
    loginRateLimitPerMinute: integer(env, 'SAPA_LOGIN_RATE_LIMIT', 10, 1, 10_000),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    publicUrl: env.SAPA_PUBLIC_URL?.trim() || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    whatsapp: loadWhatsAppConfig(env),
    email: loadEmailConfig(env),
    livechat: loadLivechatConfig(env, env.SAPA_PUBLIC_URL?.trim() || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`),
    pbxWebhookSecret: pbxSecret(env),
  };
}
