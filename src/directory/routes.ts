import { Type, type TSchema } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { CODE_TABLES, createCodeRow, listCodeTable, updateCodeRow, type CodeTable } from './code-tables.ts';
import { createTeam, listTeams, updateTeam } from './teams.ts';
import { getRegionMatcher, listRegions, updateRegion } from './region-service.ts';
import { REGION_DATA_ATTRIBUTION, type Region } from './regions.ts';

const Code = Type.String({ minLength: 1, maxLength: 40 });
const Kind = Type.Union([Type.Literal('technical'), Type.Literal('other')]);

const topicFields = { label: Type.String({ minLength: 1, maxLength: 100 }), kind: Kind, description: Type.String({ maxLength: 500 }), sort_order: Type.Integer(), active: Type.Boolean() };
const categoryFields = { label: Type.String({ minLength: 1, maxLength: 100 }), description: Type.String({ maxLength: 500 }), sort_order: Type.Integer(), active: Type.Boolean() };
const unitFields = { name: Type.String({ minLength: 1, maxLength: 200 }) };

const TeamSchema = Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), unit_code: Type.String(), unit_name: Type.String(), active: Type.Boolean() });

/** GET list for staff; POST and PATCH /:code for admins, audited. */
function codeTableRoutes(app: App, ctx: AppContext, path: string, def: CodeTable, fields: Record<string, TSchema>, required: string[]): void {
  // The fields differ per table, so the row is typed loosely and described exactly for OpenAPI.
  const Row = Type.Unsafe<Record<string, unknown>>(Type.Object({ code: Type.String(), ...fields }));
  const tags = ['reference data'];
  app.get(path, { schema: { tags, response: { 200: Type.Array(Row) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listCodeTable(ctx.db, def);
  });
  const optional = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, required.includes(k) ? v : Type.Optional(v)]));
  app.post(path, { schema: { tags, body: Type.Object({ code: Code, ...optional }, { additionalProperties: false }), response: { 201: Row } } }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    const body = request.body as Record<string, unknown> & { code: string };
    return reply.status(201).send(await createCodeRow(ctx.db, auditActor(request, actor), def, body));
  });
  const partial = Type.Partial(Type.Object(fields), { additionalProperties: false });
  app.patch(`${path}/:code`, { schema: { tags, params: Type.Object({ code: Code }), body: partial, response: { 200: Row } } }, async (request) => {
    const actor = requireRole(request, 'admin');
    return updateCodeRow(ctx.db, auditActor(request, actor), def, request.params.code, request.body);
  });
}

/** The API speaks snake_case, as the regions table does. */
const regionBody = (r: Region) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind, province_code: r.provinceCode, zone: r.zone, time_zone: r.timeZone });

function regionRoutes(app: App, ctx: AppContext): void {
  const Region = Type.Object({
    code: Type.String(), name: Type.String(), level: Type.String(), kind: Type.String(), province_code: Type.String(),
    zone: Type.String(), time_zone: Type.String(), administrative: Type.Boolean(),
  });
  app.get('/api/regions', {
    schema: {
      tags: ['reference data'], summary: `Provinces and kabupaten/kota with Kemendagri codes and zones. ${REGION_DATA_ATTRIBUTION}`,
      querystring: Type.Object({ level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('regency')])), province: Type.Optional(Type.String()) }),
      response: { 200: Type.Object({ attribution: Type.String(), items: Type.Array(Region) }) },
    },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return { attribution: REGION_DATA_ATTRIBUTION, items: await listRegions(ctx.db, request.query.level, request.query.province) };
  });
  app.patch('/api/regions/:code', {
    schema: {
      tags: ['reference data'], summary: 'Rename a region or correct its zone (admin)', params: Type.Object({ code: Type.String() }),
      body: Type.Partial(Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), zone: Type.Union([Type.Literal('WIB'), Type.Literal('WITA'), Type.Literal('WIT')]) }), { additionalProperties: false }),
      response: { 200: Region },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin');
    return updateRegion(ctx.db, auditActor(request, actor), request.params.code, request.body);
  });
  app.get('/api/regions/match', {
    schema: { tags: ['reference data'], summary: 'Turn a typed region name ("Kab. Bogor") into a code, or say it is ambiguous or unknown', querystring: Type.Object({ q: Type.String({ maxLength: 200 }) }) },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    const result = (await getRegionMatcher(ctx.db)).match(request.query.q);
    switch (result.status) {
      case 'matched': return { status: result.status, approximate: result.approximate ?? false, region: regionBody(result.region) };
      case 'ambiguous': return { status: result.status, candidates: result.candidates.map(regionBody) };
      case 'unknown': return { status: result.status, input: result.input };
    }
  });
}

function teamRoutes(app: App, ctx: AppContext): void {
  const tags = ['reference data'];
  app.get('/api/teams', { schema: { tags, summary: 'Layer 2 teams and their units', response: { 200: Type.Array(TeamSchema) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listTeams(ctx.db);
  });
  app.post('/api/teams', {
    schema: { tags, body: Type.Object({ code: Code, name: Type.String({ minLength: 1, maxLength: 200 }), unit_code: Code }, { additionalProperties: false }), response: { 201: TeamSchema } },
  }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    return reply.status(201).send(await createTeam(ctx.db, auditActor(request, actor), request.body));
  });
  app.patch('/api/teams/:id', {
    schema: {
      tags, params: Type.Object({ id: Type.Integer() }),
      body: Type.Partial(Type.Object({ code: Code, name: Type.String({ minLength: 1, maxLength: 200 }), unit_code: Code, active: Type.Boolean() }), { additionalProperties: false }),
      response: { 200: TeamSchema },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin');
    return updateTeam(ctx.db, auditActor(request, actor), request.params.id, request.body);
  });
}

export function directoryRoutes(app: App, ctx: AppContext): void {
  codeTableRoutes(app, ctx, '/api/topics', CODE_TABLES.topics, topicFields, ['label', 'kind']);
  codeTableRoutes(app, ctx, '/api/user-categories', CODE_TABLES.userCategories, categoryFields, ['label']);
  codeTableRoutes(app, ctx, '/api/units', CODE_TABLES.units, unitFields, ['name']);
  teamRoutes(app, ctx);
  regionRoutes(app, ctx);
}
