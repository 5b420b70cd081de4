/** The conversation before the menu: registration, re-asking, and a returning contact's confirmation. */
import type { RegionMatcher } from '../directory/region-matcher.ts';
import { mainMenu, buttons, text, type BotReply } from './replies.ts';
import {
  FIELD_LABELS, FIELDS, applyFields, formatTemplate, missingFields, parseRegistration, pickRegion, shortRegionName,
  type Field, type Problem, type RegionChoice, type Registration, type Review,
} from './registration.ts';
import type { Known, SessionState, Turn, TurnContext, TurnInput } from './state.ts';

const REGION_CHOICE = 'region:';
export const CONFIRM_YES = 'confirm:yes';
export const CONFIRM_EDIT = 'confirm:edit';
const YES = /^(ya|y|iya|yes|benar|ya,? benar|sudah benar|betul|ok|oke|1)[.!]?$/i;
const EDIT = /^(ubah|ubah data|tidak|bukan|salah|2)[.!]?$/i;

const turn = (state: SessionState, replies: BotReply[]): Turn => ({ state, replies, chosen: [] });

function describe(problem: Problem): string {
  switch (problem.kind) {
    case 'unknown':
      return `• Daerah "${problem.value}" tidak kami temukan. Tuliskan nama kabupaten/kota atau provinsi, misalnya "Kab. Bogor" atau "Prov. Jawa Barat".`;
    case 'invalid':
      return `• Email "${problem.value}" tidak valid (contoh: nama@instansi.go.id).`;
  }
}

function joinOr(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} atau ${names[names.length - 1] ?? ''}`;
}

/** "Maksud Anda Kab. Pasuruan atau Kota Pasuruan?" as buttons (up to three) or a list. */
export function regionQuestion(choices: RegionChoice[]): BotReply {
  const body = `Maksud Anda ${joinOr(choices.map(shortRegionName))}?`;
  const options = choices.slice(0, 10).map((c) => ({ id: `${REGION_CHOICE}${c.code}`, title: shortRegionName(c) }));
  if (options.length <= 3) return buttons(body, options);
  const rows = options.map((o, i) => ({ id: o.id, title: o.title.slice(0, 24), description: choices[i]?.name ?? o.title }));
  return { type: 'list', body, button: 'Pilih daerah', sections: [{ title: 'Daerah', rows }] };
}

/** One message naming exactly what is missing or wrong, with the form lines to fill in. */
function askAgain(registration: Registration, problems: Problem[], askRegion: boolean): BotReply | null {
  const wrong = new Set<Field>(problems.map((p) => p.field));
  const ask = FIELDS.filter((f) => (f !== 'region' || askRegion) && (wrong.has(f) || missingFields(registration).includes(f)));
  if (ask.length === 0) return null;
  if (problems.length === 0 && ask.length === 1 && ask[0] === 'question') return text('Silakan tuliskan pertanyaan Bapak/Ibu.');
  if (problems.length === 0 && ask.length === FIELDS.length) return text(`Mohon isi data diri sesuai format berikut:\n\n${formatTemplate(FIELDS)}`);
  const lines = [
    ...problems.map(describe),
    ...ask.filter((f) => !wrong.has(f)).map((f) => `• ${FIELD_LABELS[f]} belum diisi.`),
  ];
  return text(`Mohon maaf, data berikut belum lengkap atau belum sesuai:\n${lines.join('\n')}\n\nMohon kirim kembali dengan format:\n${formatTemplate(ask)}`);
}

/** After fields were applied: the menu when everything is valid, else what to fix. */
export function afterReview(ctx: TurnContext, review: Review): Turn {
  const { registration, problems, regionChoices } = review;
  if (problems.length === 0 && !regionChoices && missingFields(registration).length === 0) {
    const thanks = text(`Terima kasih, Bapak/Ibu ${registration.name ?? ''}. Data Bapak/Ibu telah kami terima.`);
    return turn({ step: 'menu', registration, menuId: null }, [thanks, mainMenu(ctx.flow)]);
  }
  const replies: BotReply[] = [];
  const again = askAgain(registration, problems, !regionChoices);
  if (again) replies.push(again);
  if (regionChoices) replies.push(regionQuestion(regionChoices));
  const state: SessionState = { step: 'registration', registration, menuId: null };
  return turn(regionChoices ? { ...state, regionChoices } : state, replies);
}

function chosenRegion(choices: RegionChoice[] | undefined, input: TurnInput, matcher: RegionMatcher): RegionChoice | null {
  if (!choices) return null;
  if (input.choiceId?.startsWith(REGION_CHOICE)) return choices.find((c) => `${REGION_CHOICE}${c.code}` === input.choiceId) ?? null;
  return input.text.trim() === '' ? null : pickRegion(choices, input.text, matcher);
}

/** A reply while registering: a region choice, labelled fields, or the one missing field unlabelled. */
export function registrationTurn(ctx: TurnContext, state: SessionState, input: TurnInput): Turn {
  const picked = chosenRegion(state.regionChoices, input, ctx.matcher);
  if (picked) {
    const registration = { ...state.registration, regionCode: picked.code, regionName: picked.name };
    return afterReview(ctx, { registration, problems: [] });
  }
  // A tap on an older list or button is no form text.
  const parsed = parseRegistration(input.choiceId ? '' : input.text);
  const missing = missingFields(state.registration);
  const guessed = Object.keys(parsed.fields).length === 0 && missing.length === 1 && missing[0] !== undefined && parsed.unlabelled !== '';
  const fields = guessed && missing[0] ? { [missing[0]]: parsed.unlabelled } : parsed.fields;
  const review = applyFields(state.registration, fields, ctx.matcher);
  if (!state.regionChoices || review.regionChoices) return afterReview(ctx, review);
  // The region question stays open unless a region was named: a labelled one, or an unlabelled reply the matcher knows.
  const unknownGuess = guessed && review.problems.some((p) => p.field === 'region');
  if (fields.region !== undefined && !unknownGuess) return afterReview(ctx, review);
  return afterReview(ctx, { ...review, problems: review.problems.filter((p) => p.field !== 'region'), regionChoices: state.regionChoices });
}

/** The stored data of a returning contact when all four fields are there and still valid. */
export function knownRegistration(known: Known | undefined, matcher: RegionMatcher): Registration | null {
  if (!known?.name?.trim() || !known.regionCode || !known.institution?.trim() || !known.email) return null;
  const review = applyFields({ name: known.name, institution: known.institution }, { email: known.email, region: known.regionCode }, matcher);
  return review.problems.length === 0 && !review.regionChoices ? review.registration : null;
}

function summary(r: Registration): string {
  const region = r.regionCode ? shortRegionName({ code: r.regionCode, name: r.regionName ?? '' }) : '';
  return formatTemplate(['name', 'region', 'institution', 'email'], { name: r.name, region, institution: r.institution, email: r.email });
}

export function confirmQuestion(registration: Registration, hint?: string): BotReply {
  const opening = hint ?? `Selamat datang kembali, Bapak/Ibu ${registration.name ?? ''}.`;
  const body = `${opening} Data Bapak/Ibu yang tercatat pada kami:\n\n${summary(registration)}\n\nApakah data tersebut masih benar?`;
  return buttons(body, [{ id: CONFIRM_YES, title: 'Ya, benar' }, { id: CONFIRM_EDIT, title: 'Ubah data' }]);
}

/** A returning contact answers "Ya, benar", "Ubah data", or simply sends corrected fields. */
export function confirmTurn(ctx: TurnContext, state: SessionState, input: TurnInput): Turn {
  const typed = input.text.trim();
  const registering: SessionState = { step: 'registration', registration: state.registration, menuId: null };
  if (input.choiceId === CONFIRM_YES || YES.test(typed)) return afterReview(ctx, { registration: state.registration, problems: [] });
  if (input.choiceId === CONFIRM_EDIT || EDIT.test(typed)) {
    return turn(registering, [text(`Silakan kirim data yang benar dengan format berikut:\n\n${summary(state.registration)}\nPertanyaan: `)]);
  }
  const parsed = parseRegistration(input.choiceId ? '' : typed);
  if (Object.keys(parsed.fields).length > 0) return afterReview(ctx, applyFields(state.registration, parsed.fields, ctx.matcher));
  return turn(state, [confirmQuestion(state.registration, 'Mohon pilih "Ya, benar" atau "Ubah data".')]);
}

/** The first message of a session: greet, then confirm known data or ask for the form (or read it when already filled in). */
export function startTurn(ctx: TurnContext, known: Known | undefined, input: TurnInput): Turn {
  const greeting = text(ctx.flow.greeting);
  const registration = knownRegistration(known, ctx.matcher);
  if (registration) return turn({ step: 'confirm', registration, menuId: null }, [greeting, confirmQuestion(registration)]);
  const parsed = parseRegistration(input.choiceId ? '' : input.text);
  if (Object.keys(parsed.fields).length > 0) {
    const next = afterReview(ctx, applyFields({}, parsed.fields, ctx.matcher));
    return { ...next, replies: [greeting, ...next.replies] };
  }
  const prompt = text(`${ctx.flow.registrationPrompt}\n\n${formatTemplate(FIELDS)}`);
  return turn({ step: 'registration', registration: {}, menuId: null }, [greeting, prompt]);
}
