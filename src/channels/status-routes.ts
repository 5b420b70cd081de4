import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { channelStatus } from './status.ts';

const Nullable = <T extends ReturnType<typeof Type.Object>>(schema: T) => Type.Union([schema, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

const ChannelStatusSchema = Type.Object({
  public_url: Type.String(),
  whatsapp: Type.Object({
    enabled: Type.Boolean(), phone_number_id: NullableString, api_host: NullableString, api_version: NullableString,
    rate_per_second: Type.Union([Type.Number(), Type.Null()]), webhook_url: Type.String(),
  }),
  email: Type.Object({
    listener: Nullable(Type.Object({ host: Type.String(), port: Type.Integer(), accept_domains: Type.Array(Type.String()), max_bytes: Type.Integer() })),
    imap: Nullable(Type.Object({ server: Type.String(), mailbox: NullableString, poll_seconds: Type.Integer() })),
    smtp: Nullable(Type.Object({ server: Type.String(), from: Type.String() })),
    acknowledge: Type.Boolean(),
  }),
  livechat: Type.Object({
    allowed_origins: Type.Union([Type.Array(Type.String()), Type.Literal('any')]), starts_per_minute: Type.Integer(), challenge_bits: Type.Integer(), widget_url: Type.String(),
  }),
  pbx: Type.Object({ enabled: Type.Boolean(), webhook_url: Type.String() }),
});

/** The channels' environment settings, read-only and without secrets (admins and supervisors). */
export function channelStatusRoutes(app: App, ctx: AppContext): void {
  app.get('/api/settings/channels', {
    schema: { tags: ['admin'], summary: 'How each channel is configured in the environment (read-only, no secrets)', response: { 200: ChannelStatusSchema } },
  }, (request) => {
    requireRole(request, ...MANAGER_ROLES);
    return channelStatus(ctx.config);
  });
}
