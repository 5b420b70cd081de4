import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, AppContext } from './context.ts';
import { handleError } from './errors.ts';
import { healthRoutes } from './health.ts';
import { consolePage, consoleRoutes } from './console.ts';
import { authHook } from '../auth/hook.ts';
import { authRoutes } from '../auth/routes.ts';
import { userRoutes } from '../users/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import { directoryRoutes } from '../directory/routes.ts';
import { calendarRoutes } from '../platform/calendar-routes.ts';
import { contactRoutes } from '../contacts/routes.ts';
import { ticketRoutes } from '../tickets/routes.ts';
import { escalationRoutes } from '../tickets/escalation-routes.ts';
import { cannedRoutes } from '../tickets/canned-routes.ts';
import { assignmentRoutes } from '../tickets/assignment-routes.ts';
import { liveRoutes } from '../realtime/routes.ts';
import { chatbotRoutes } from '../chatbot/routes.ts';
import { reportRoutes } from '../reports/routes.ts';
import { dashboardRoutes } from '../dashboard/routes.ts';
import { whatsappWebhookRoutes } from '../channels/whatsapp/webhook-routes.ts';
import { importRoutes } from '../imports/routes.ts';
import { outreachRoutes } from '../outreach/routes.ts';
import { knowledgeRoutes } from '../knowledge/routes.ts';
import { surveyRoutes } from '../surveys/routes.ts';
import { bookingRoutes } from '../bookings/routes.ts';
import { helpdeskRoutes } from '../channels/helpdesk/routes.ts';
import { phoneRoutes } from '../channels/phone/routes.ts';
import { livechatRoutes } from '../channels/livechat/routes.ts';
import { channelStatusRoutes } from '../channels/status-routes.ts';

/** Builds the whole HTTP application; tests call this with their own database. */
export async function buildApp(ctx: AppContext, appOptions: FastifyServerOptions & { serveConsole?: boolean; consoleDir?: string } = {}): Promise<App> {
  const { serveConsole, consoleDir, ...options } = appOptions;
  const app = Fastify({
    logger: options.logger ?? { level: ctx.config.logLevel },
    trustProxy: true,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    ...options,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(handleError);
  const consoleServed = serveConsole === false ? false : await consoleRoutes(app, consoleDir);
  app.setNotFoundHandler((request, reply) => {
    if (consolePage(request, reply, consoleServed)) return;
    void reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
  await app.register(cookie);
  // Limits apply only where a route asks for one (login, public endpoints).
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sapa API', version: ctx.version, description: 'Omnichannel contact center for Indonesian government service desks' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (sapa token create)' },
          session: { type: 'apiKey', in: 'cookie', name: 'sapa_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', authHook(ctx));
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  userRoutes(app, ctx);
  auditRoutes(app, ctx);
  directoryRoutes(app, ctx);
  calendarRoutes(app, ctx);
  contactRoutes(app, ctx);
  ticketRoutes(app, ctx);
  escalationRoutes(app, ctx);
  cannedRoutes(app, ctx);
  assignmentRoutes(app, ctx);
  chatbotRoutes(app, ctx);
  reportRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  knowledgeRoutes(app, ctx);
  await surveyRoutes(app, ctx);
  await outreachRoutes(app, ctx);
  await importRoutes(app, ctx);
  await bookingRoutes(app, ctx);
  await helpdeskRoutes(app, ctx);
  await phoneRoutes(app, ctx);
  await livechatRoutes(app, ctx);
  channelStatusRoutes(app, ctx);
  if (ctx.hub) await liveRoutes(app, ctx, ctx.hub);
  if (ctx.config.whatsapp) await whatsappWebhookRoutes(app, ctx, ctx.config.whatsapp);
  return app;
}
