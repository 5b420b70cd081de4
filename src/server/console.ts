import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context.ts';

/** Where `npm run build:web` puts the console (web/dist). */
export const CONSOLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Paths that belong to the server itself: never answered with the console's page. */
const SERVER_PATHS = /^\/(api|webhooks|livechat|widget\.js|survei|bantuan|reservasi|unsubscribe|health|boom)(\/|\?|$)/;

/**
 * Serves the built console: its files under /, and index.html for any other page address so
 * that a reload of /inbox/42 opens the console there. Without a build, the API runs alone.
 */
export async function consoleRoutes(app: App, dir = CONSOLE_DIR): Promise<boolean> {
  if (!existsSync(path.join(dir, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false, index: false, cacheControl: false });
  app.get('/assets/*', (request, reply) => reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(request.url.slice(1).split('?')[0] ?? ''));
  return true;
}

/** The console's page for a browser asking for a page the server does not have; undefined otherwise. */
export function consolePage(request: FastifyRequest, reply: FastifyReply, served: boolean): FastifyReply | undefined {
  if (!served || request.method !== 'GET' || SERVER_PATHS.test(request.url)) return undefined;
  if (!(request.headers.accept ?? '').includes('text/html')) return undefined;
  return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
}
