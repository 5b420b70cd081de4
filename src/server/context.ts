import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db, DatabaseKind } from '../db/connection.ts';
import type { Config } from '../platform/config.ts';

/** What every route needs: passed explicitly, no container. */
export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  version: string;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
