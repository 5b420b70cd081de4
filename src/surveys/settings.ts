import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import type { AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { storedSigningKey } from '../auth/signing-key.ts';
import { validation } from '../platform/errors.ts';

type Db = Kysely<Database>;

const SETTINGS_KEY = 'surveys';
const SIGNING_KEY = 'surveys.signing_key';

/** The survey's settings (key `surveys`); an admin edits them. */
export interface SurveySettings {
  /** Days after the resolution during which an answer is taken (and can be changed). */
  expiry_days: number;
}

export const DEFAULT_SURVEY_SETTINGS: Readonly<SurveySettings> = Object.freeze({ expiry_days: 7 });
const MAX_EXPIRY_DAYS = 90;

export async function getSurveySettings(db: Db): Promise<SurveySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTINGS_KEY).executeTakeFirst();
  return { ...DEFAULT_SURVEY_SETTINGS, ...((row?.value as Partial<SurveySettings> | undefined) ?? {}) };
}

/** Stores the settings; audited. New surveys use them, sent ones keep their expiry. */
export async function setSurveySettings(db: Db, actor: AuditActor, next: SurveySettings): Promise<SurveySettings> {
  const days = next.expiry_days;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
    throw validation('The survey stays open 1 to 90 days', [{ field: 'expiry_days', message: `A whole number from 1 to ${MAX_EXPIRY_DAYS}`, value: days }]);
  }
  return db.transaction().execute(async (trx) => {
    const before = await getSurveySettings(trx);
    const after: SurveySettings = { expiry_days: days };
    await trx.insertInto('settings').values({ key: SETTINGS_KEY, value: json(after) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(after), updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, { action: 'surveys.settings', entity: 'settings', entityId: SETTINGS_KEY, before, after });
    return after;
  });
}

/** The key that signs survey links. */
export const surveySigningKey = (db: Db): Promise<Buffer> => storedSigningKey(db, SIGNING_KEY);
