/**
 * The checks Meta makes on POST /{phone-number-id}/messages, written from Meta's
 * documentation and independently of Sapa's messages.ts, so a mistake there shows up here.
 * Like Meta, the first problem found is reported.
 */

type Json = Record<string, unknown>;

export interface BodyProblem {
  code: 100 | 131009;
  message: string;
  /** Names the field, e.g. `interactive.action.sections[0].rows[1].title`. */
  details: string;
}

export type SendRequest =
  | { kind: 'read'; messageId: string }
  | { kind: 'message'; to: string; type: 'text' | 'interactive' | 'template'; body: Json };

class Reject extends Error {
  constructor(readonly problem: BodyProblem) {
    super(problem.details);
  }
}

const missing = (field: string): Reject =>
  new Reject({ code: 100, message: `(#100) The parameter ${field} is required.`, details: `${field} is required` });
const invalid = (field: string, why: string): Reject =>
  new Reject({ code: 131009, message: '(#131009) Parameter value is not valid', details: `${field}: ${why}` });

function object(value: unknown, field: string): Json {
  if (value === undefined || value === null) throw missing(field);
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'must be an object');
  return value as Json;
}

function text(parent: Json, key: string, field: string, max: number, o: { optional?: boolean; min?: number } = {}): string | undefined {
  const value = parent[key];
  if (value === undefined) {
    if (o.optional) return undefined;
    throw missing(field);
  }
  if (typeof value !== 'string') throw invalid(field, 'must be a string');
  const min = o.min ?? 1;
  const length = [...value].length;
  if (length < min || length > max) throw invalid(field, `length ${length} invalid. Min length: ${min}, Max length: ${max}`);
  return value;
}

function list(parent: Json, key: string, field: string, min: number, max: number): unknown[] {
  const value = parent[key];
  if (value === undefined) throw missing(field);
  if (!Array.isArray(value)) throw invalid(field, 'must be an array');
  if (value.length < min || value.length > max) throw invalid(field, `${value.length} items invalid. Min: ${min}, Max: ${max}`);
  return value;
}

function unique(value: string, seen: Set<string>, field: string): void {
  if (seen.has(value)) throw invalid(field, `"${value}" is not unique`);
  seen.add(value);
}

/** What the body asks for, or Meta's 400 for it. */
export function checkSendBody(raw: unknown): { ok: SendRequest } | { problem: BodyProblem } {
  try {
    return { ok: readRequest(object(raw, 'body')) };
  } catch (error) {
    if (error instanceof Reject) return { problem: error.problem };
    throw error;
  }
}

function readRequest(body: Json): SendRequest {
  const product = body.messaging_product;
  if (product === undefined) throw missing('messaging_product');
  if (product !== 'whatsapp') throw invalid('messaging_product', `must be one of {WHATSAPP} - got ${JSON.stringify(product)}`);
  if (body.status !== undefined) {
    if (body.status !== 'read') throw invalid('status', 'must be "read"');
    return { kind: 'read', messageId: text(body, 'message_id', 'message_id', 1000)! };
  }
  if (body.recipient_type !== undefined && body.recipient_type !== 'individual') throw invalid('recipient_type', 'must be "individual"');
  const to = text(body, 'to', 'to', 20)!;
  if (!/^\d{6,15}$/.test(to)) throw invalid('to', `"${to}" must be the phone number in digits, without + or spaces`);
  const type = body.type;
  if (type === undefined) throw missing('type');
  if (type === 'text') checkText(object(body.text, 'text'));
  else if (type === 'interactive') checkInteractive(object(body.interactive, 'interactive'));
  else if (type === 'template') checkTemplate(object(body.template, 'template'));
  else throw invalid('type', `${JSON.stringify(type)} is not one of text, interactive, template (the types this fake supports)`);
  return { kind: 'message', to, type, body };
}

function checkText(t: Json): void {
  text(t, 'body', 'text.body', 4096);
  if (t.preview_url !== undefined && typeof t.preview_url !== 'boolean') throw invalid('text.preview_url', 'must be a boolean');
}

function checkInteractive(i: Json): void {
  const type = i.type;
  if (type === undefined) throw missing('interactive.type');
  if (type !== 'list' && type !== 'button') throw invalid('interactive.type', `${JSON.stringify(type)} is not list or button (the types this fake supports)`);
  if (i.header !== undefined) {
    const header = object(i.header, 'interactive.header');
    if (header.type !== 'text') throw invalid('interactive.header.type', 'must be "text"');
    text(header, 'text', 'interactive.header.text', 60);
  }
  text(object(i.body, 'interactive.body'), 'text', 'interactive.body.text', 4096);
  if (i.footer !== undefined) text(object(i.footer, 'interactive.footer'), 'text', 'interactive.footer.text', 60);
  const action = object(i.action, 'interactive.action');
  if (type === 'list') checkListAction(action);
  else checkButtonAction(action);
}

function checkListAction(action: Json): void {
  text(action, 'button', 'interactive.action.button', 20);
  const sections = list(action, 'sections', 'interactive.action.sections', 1, 10);
  const ids = new Set<string>();
  let rows = 0;
  sections.forEach((value, i) => {
    const at = `interactive.action.sections[${i}]`;
    const section = object(value, at);
    // Optional with one section, required with several.
    text(section, 'title', `${at}.title`, 24, { optional: sections.length === 1 });
    list(section, 'rows', `${at}.rows`, 1, 10).forEach((rowValue, j) => {
      const row = object(rowValue, `${at}.rows[${j}]`);
      unique(text(row, 'id', `${at}.rows[${j}].id`, 200)!, ids, `${at}.rows[${j}].id`);
      text(row, 'title', `${at}.rows[${j}].title`, 24);
      text(row, 'description', `${at}.rows[${j}].description`, 72, { optional: true, min: 0 });
      rows++;
    });
  });
  if (rows > 10) throw invalid('interactive.action.sections', `${rows} rows in all invalid. Max: 10`);
}

function checkButtonAction(action: Json): void {
  const buttons = list(action, 'buttons', 'interactive.action.buttons', 1, 3);
  const ids = new Set<string>();
  const titles = new Set<string>();
  buttons.forEach((value, i) => {
    const at = `interactive.action.buttons[${i}]`;
    const button = object(value, at);
    if (button.type !== 'reply') throw invalid(`${at}.type`, 'must be "reply"');
    const reply = object(button.reply, `${at}.reply`);
    unique(text(reply, 'id', `${at}.reply.id`, 256)!, ids, `${at}.reply.id`);
    unique(text(reply, 'title', `${at}.reply.title`, 20)!, titles, `${at}.reply.title`);
  });
}

function checkTemplate(t: Json): void {
  text(t, 'name', 'template.name', 512);
  text(object(t.language, 'template.language'), 'code', 'template.language.code', 20);
  if (t.components !== undefined && !Array.isArray(t.components)) throw invalid('template.components', 'must be an array');
}
