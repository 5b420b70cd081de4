import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LivechatVisitorsTable } from '../../db/schema.ts';
import { safeEqual } from '../../auth/secrets.ts';
import { normaliseEmail } from '../../contacts/identity.ts';
import { AppError, validation, type ErrorDetail } from '../../platform/errors.ts';
import { checkChallenge, spendChallenge } from './challenge.ts';
import { livechatKey, sign } from './signing.ts';

type Db = Kysely<Database>;
export type Visitor = Selectable<LivechatVisitorsTable>;

/** A visitor who has not come back for this long fills in the form again. */
const VISITOR_TTL_MS = 30 * 86_400_000;

export interface PreChatForm {
  name: string;
  region_code: string;
  institution: string;
  email: string;
  challenge: string;
  answer: string;
}

export const visitorToken = (key: Buffer, id: string): string => `${id}.${sign(key, 'visitor', id)}`;

/** The visitor a token names, or undefined for a forged, unknown or long-idle one. */
export async function visitorOfToken(db: Db, key: Buffer, token: string): Promise<Visitor | undefined> {
  const match = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !safeEqual(sign(key, 'visitor', match[1] ?? ''), match[2] ?? '')) return undefined;
  const visitor = await db.selectFrom('livechat_visitors').selectAll().where('id', '=', match[1] ?? '').executeTakeFirst();
  if (!visitor || Date.now() - new Date(visitor.last_seen_at).getTime() > VISITOR_TTL_MS) return undefined;
  return visitor;
}

/** The form's fields, checked with messages the visitor reads (Indonesian). */
async function checkForm(db: Db, form: PreChatForm): Promise<{ name: string; institution: string; email: string; region_code: string }> {
  const problems: ErrorDetail[] = [];
  const name = form.name.replace(/\s+/g, ' ').trim();
  const institution = form.institution.replace(/\s+/g, ' ').trim();
  const email = normaliseEmail(form.email);
  if (name.length < 2) problems.push({ field: 'name', message: 'Isi nama Anda (minimal 2 huruf).' });
  if (institution.length < 2) problems.push({ field: 'institution', message: 'Isi nama instansi/SKPD Anda.' });
  if (!email) problems.push({ field: 'email', message: 'Alamat email tidak valid (contoh: nama@instansi.go.id).', value: form.email });
  const region = form.region_code ? await db.selectFrom('regions').select('code').where('code', '=', form.region_code).executeTakeFirst() : undefined;
  if (!region) problems.push({ field: 'region_code', message: 'Pilih daerah Anda dari daftar.' });
  if (problems.length || !email || !region) throw validation('Data belum lengkap atau belum benar', problems);
  return { name, institution, email, region_code: region.code };
}

/**
 * Starts a visitor from the pre-chat form: the spam challenge must be valid, unexpired and
 * unused (it is spent here, with the visitor, in one transaction). Returns the signed token.
 */
export async function startVisitor(db: Db, form: PreChatForm, minBits: number, origin: string | undefined): Promise<{ token: string; visitor: Visitor }> {
  const key = await livechatKey(db);
  const outcome = checkChallenge(key, form.challenge, form.answer, minBits);
  if (!outcome.ok) {
    const message = outcome.reason === 'expired' ? 'Verifikasi kedaluwarsa; muat ulang formulir dan coba lagi.' : 'Verifikasi anti-spam tidak valid.';
    throw new AppError('forbidden', message, [{ field: 'challenge', message }]);
  }
  const fields = await checkForm(db, form);
  const visitor = await db.transaction().execute(async (trx) => {
    if (!(await spendChallenge(trx, outcome.nonce, outcome.expires))) {
      throw new AppError('forbidden', 'Verifikasi anti-spam sudah dipakai; muat ulang formulir.', [{ field: 'challenge', message: 'Sudah dipakai' }]);
    }
    return trx.insertInto('livechat_visitors')
      .values({ id: randomBytes(18).toString('base64url'), ...fields, origin: origin?.slice(0, 300) ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return { token: visitorToken(key, visitor.id), visitor };
}
