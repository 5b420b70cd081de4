import { AppError } from '../../platform/errors.ts';

/** WhatsApp Business Cloud API settings, from the environment (see .env.example). */
export interface WhatsAppConfig {
  apiUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  /** Messages per second per phone number (Meta's default tier is 80). */
  ratePerSecond: number;
}

type Env = Record<string, string | undefined>;

/** The channel is on when the phone number id is set; then every secret must be set too. */
export function loadWhatsAppConfig(env: Env = process.env): WhatsAppConfig | undefined {
  const phoneNumberId = env.WHATSAPP_PHONE_NUMBER_ID?.trim();
  if (!phoneNumberId) return undefined;
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new AppError('validation', `${name} must be set when WHATSAPP_PHONE_NUMBER_ID is set`);
    return value;
  };
  const rate = Number(env.WHATSAPP_RATE_PER_SECOND ?? 80);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 1000) throw new AppError('validation', 'WHATSAPP_RATE_PER_SECOND must be a number from 1 to 1000');
  return {
    apiUrl: (env.WHATSAPP_API_URL?.trim() || 'https://graph.facebook.com').replace(/\/+$/, ''),
    apiVersion: env.WHATSAPP_API_VERSION?.trim() || 'v21.0',
    phoneNumberId,
    accessToken: required('WHATSAPP_ACCESS_TOKEN'),
    appSecret: required('WHATSAPP_APP_SECRET'),
    verifyToken: required('WHATSAPP_VERIFY_TOKEN'),
    ratePerSecond: rate,
  };
}
