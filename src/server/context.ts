import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db, DatabaseKind } from '../db/connection.ts';
import type { Config } from '../platform/config.ts';
import type { EventHub } from '../realtime/hub.ts';

/** What every route needs: passed explicitly, no container. */
export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  version: string;
  /** Wakes the outbox worker after a commit that queued work (absent when no worker runs here). */
  pokeWorker?: () => void;
  /** Live events for the WebSocket endpoint (absent in tests that do not need it). */
  hub?: EventHub;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
