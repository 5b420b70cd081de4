import websocket from '@fastify/websocket';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../server/context.ts';
import { corsHook } from './origin.ts';
import { livechatPublicRoutes } from './public-routes.ts';
import { createPusher } from './push.ts';
import { CLOSE_GOING_AWAY, serveVisitor } from './socket.ts';
import { widgetScript } from './widget-bundle.ts';

export const LIVECHAT_WS_PATH = '/livechat/ws';
/** Large enough for a 4,000-character message in any script, as JSON. */
const MAX_FRAME_BYTES = 32_768;

/**
 * The live-chat widget: `/widget.js` (one script tag on any allowed site), its HTTP endpoints
 * under /livechat and its WebSocket. Registers @fastify/websocket for the whole app when no one
 * has yet (the staff's /api/live reuses it), closing every socket when the server closes.
 */
export async function livechatRoutes(app: App, ctx: AppContext): Promise<void> {
  if (!app.hasDecorator('websocketServer')) {
    await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES }, preClose: () => closeAll(app) });
  }
  const pusher = createPusher(ctx.db, ctx.config, ctx.hub, app.log);
  app.addHook('onClose', (_app, done) => {
    pusher.close();
    done();
  });

  app.get('/widget.js', {
    schema: { tags: ['live chat'], summary: 'The live-chat widget script: <script src=".../widget.js" data-title data-color data-lang data-position>', security: [] },
  }, async (_request, reply) => {
    return reply.header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(await widgetScript());
  });

  app.get('/livechat/demo', {
    schema: { tags: ['live chat'], summary: 'A page with the widget on it, to try the live chat', security: [] },
  }, async (_request, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(DEMO_PAGE));

  await app.register((scope, _options, done) => {
    scope.addHook('onRequest', corsHook(ctx.config));
    // An upgrade refused over HTTP (origin, rate limit) leaves a socket Node no longer manages.
    scope.addHook('onResponse', closeRefusedUpgrade);
    scope.options('/livechat/*', { schema: { hide: true } }, async (_request, reply) => reply.status(204).send());
    livechatPublicRoutes(scope, ctx);
    scope.route({
      method: 'GET',
      url: LIVECHAT_WS_PATH,
      schema: {
        tags: ['live chat'], security: [],
        summary: 'The widget\'s WebSocket: send {"type":"hello","token","after"} then {"type":"message","clientId","body"}; receive ready, ack, message, ended',
      },
      config: { rateLimit: { max: ctx.config.livechat.startsPerMinute * 6, timeWindow: '1 minute' } },
      handler: async (_request, reply) => reply.status(426).send({ error: { code: 'bad_request', message: `${LIVECHAT_WS_PATH} is a WebSocket` } }),
      wsHandler: (socket, request) => serveVisitor(socket, ctx, pusher, request.log),
    });
    done();
  });
}

const DEMO_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Contoh live chat Sapa</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1>Contoh halaman dengan live chat</h1>
<p>Tombol chat di pojok kanan bawah dipasang dengan satu baris:</p>
<pre style="white-space:pre-wrap;background:#f4f5f7;padding:.75rem">&lt;script src="https://sapa.example/widget.js" data-title="Live Chat DJPK" async&gt;&lt;/script&gt;</pre>
<script src="/widget.js" data-title="Live Chat DJPK" async></script>
</body></html>
`;

function closeRefusedUpgrade(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  if (request.raw.headers.upgrade) request.raw.socket.destroy();
  done();
}

async function closeAll(app: App): Promise<void> {
  for (const client of app.websocketServer.clients) client.close(CLOSE_GOING_AWAY, 'Server shutting down');
  await new Promise<void>((resolve) => app.websocketServer.close(() => resolve()));
}
