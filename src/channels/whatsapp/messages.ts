/** The messages Sapa sends on WhatsApp, and their Cloud API form. */

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export interface ListSection {
  title: string;
  rows: ListRow[];
}

export interface ReplyButton {
  id: string;
  title: string;
}

export type WhatsAppOutbound =
  | { type: 'text'; body: string; previewUrl?: boolean }
  | { type: 'list'; header?: string; body: string; footer?: string; button: string; sections: ListSection[] }
  | { type: 'buttons'; body: string; buttons: ReplyButton[] }
  | { type: 'template'; name: string; language: string; components?: unknown[] };

/** Meta's limits, in characters. */
export const LIMITS = {
  textBody: 4096,
  listHeader: 60,
  // Meta's interactive reference says 1024 for an interactive body; Sapa's brief says 4096.
  interactiveBody: 4096,
  footer: 60,
  listButton: 20,
  sections: 10,
  sectionTitle: 24,
  rows: 10,
  rowId: 200,
  rowTitle: 24,
  rowDescription: 72,
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  templateName: 512,
} as const;

export interface OutboundProblem {
  /** The field in Meta's JSON, e.g. `interactive.action.sections[0].rows[1].title`. */
  field: string;
  message: string;
}

/** The JSON body of POST /{version}/{phone-number-id}/messages. */
export function toGraphBody(to: string, message: WhatsAppOutbound): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: to.trim().replace(/^\+/, '') };
  switch (message.type) {
    case 'text':
      return { ...base, type: 'text', text: { body: message.body, preview_url: message.previewUrl ?? false } };
    case 'list':
      return { ...base, type: 'interactive', interactive: listInteractive(message) };
    case 'buttons':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: message.body },
          action: { buttons: message.buttons.map((b) => ({ type: 'reply', reply: { id: b.id, title: b.title } })) },
        },
      };
    case 'template':
      return {
        ...base,
        type: 'template',
        template: { name: message.name, language: { code: message.language }, ...(message.components ? { components: message.components } : {}) },
      };
  }
}

function listInteractive(message: Extract<WhatsAppOutbound, { type: 'list' }>): Record<string, unknown> {
  return {
    type: 'list',
    ...(message.header !== undefined ? { header: { type: 'text', text: message.header } } : {}),
    body: { text: message.body },
    ...(message.footer !== undefined ? { footer: { text: message.footer } } : {}),
    action: {
      button: message.button,
      sections: message.sections.map((s) => ({
        title: s.title,
        rows: s.rows.map((r) => ({ id: r.id, title: r.title, ...(r.description !== undefined ? { description: r.description } : {}) })),
      })),
    },
  };
}

/** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
export const charCount = (text: string): number => [...text].length;

/**
 * What Meta would reject in this message, named by the field of its JSON. Sapa truncates
 * nothing silently: the caller decides whether to shorten, split or refuse.
 */
export function validateOutbound(message: WhatsAppOutbound): OutboundProblem[] {
  const problems = new Problems();
  switch (message.type) {
    case 'text':
      problems.text('text.body', message.body, LIMITS.textBody);
      break;
    case 'list':
      checkList(message, problems);
      break;
    case 'buttons':
      checkButtons(message, problems);
      break;
    case 'template':
      problems.text('template.name', message.name, LIMITS.templateName);
      problems.text('template.language.code', message.language, Infinity);
      break;
  }
  return problems.list;
}

function checkList(message: Extract<WhatsAppOutbound, { type: 'list' }>, problems: Problems): void {
  if (message.header !== undefined) problems.text('interactive.header.text', message.header, LIMITS.listHeader);
  problems.text('interactive.body.text', message.body, LIMITS.interactiveBody);
  if (message.footer !== undefined) problems.text('interactive.footer.text', message.footer, LIMITS.footer);
  problems.text('interactive.action.button', message.button, LIMITS.listButton);
  const sections = message.sections;
  problems.count('interactive.action.sections', sections.length, 1, LIMITS.sections);
  const rows = sections.reduce((n, s) => n + s.rows.length, 0);
  if (rows > LIMITS.rows) problems.add('interactive.action.sections', `${rows} rows in all; at most ${LIMITS.rows}`);
  const ids = new Set<string>();
  sections.forEach((section, i) => {
    const at = `interactive.action.sections[${i}]`;
    // A title is optional with one section and required with several.
    if (sections.length > 1 || section.title !== '') problems.text(`${at}.title`, section.title, LIMITS.sectionTitle);
    if (section.rows.length === 0) problems.add(`${at}.rows`, 'a section needs at least one row');
    section.rows.forEach((row, j) => {
      problems.text(`${at}.rows[${j}].id`, row.id, LIMITS.rowId);
      problems.unique(`${at}.rows[${j}].id`, row.id, ids);
      problems.text(`${at}.rows[${j}].title`, row.title, LIMITS.rowTitle);
      if (row.description !== undefined) problems.text(`${at}.rows[${j}].description`, row.description, LIMITS.rowDescription, 0);
    });
  });
}

function checkButtons(message: Extract<WhatsAppOutbound, { type: 'buttons' }>, problems: Problems): void {
  problems.text('interactive.body.text', message.body, LIMITS.interactiveBody);
  problems.count('interactive.action.buttons', message.buttons.length, 1, LIMITS.buttons);
  const ids = new Set<string>();
  const titles = new Set<string>();
  message.buttons.forEach((button, i) => {
    const at = `interactive.action.buttons[${i}].reply`;
    problems.text(`${at}.id`, button.id, LIMITS.buttonId);
    problems.unique(`${at}.id`, button.id, ids);
    problems.text(`${at}.title`, button.title, LIMITS.buttonTitle);
    problems.unique(`${at}.title`, button.title, titles);
  });
}

class Problems {
  readonly list: OutboundProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  text(field: string, value: string, max: number, min = 1): void {
    const length = charCount(value);
    if (length < min) this.add(field, 'must not be empty');
    else if (length > max) this.add(field, `${length} characters; at most ${max}`);
  }

  count(field: string, n: number, min: number, max: number): void {
    if (n < min || n > max) this.add(field, `${n} items; from ${min} to ${max}`);
  }

  unique(field: string, value: string, seen: Set<string>): void {
    if (seen.has(value)) this.add(field, `"${value}" is used twice; it must be unique`);
    seen.add(value);
  }
}
