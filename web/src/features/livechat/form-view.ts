import type { Region } from './api.ts';
import { el } from './dom.ts';
import type { Texts } from './texts.ts';

export interface PreChat {
  name: string;
  region_code: string;
  institution: string;
  email: string;
}

const FIELDS = ['name', 'region_code', 'institution', 'email'] as const;

/** Provinces as groups, each with the province itself first and then its kabupaten/kota. */
function regionSelect(regions: readonly Region[], texts: Texts): HTMLSelectElement {
  const select = el('select', { id: 'lc-region_code', name: 'region_code', required: '', autocomplete: 'off' }, el('option', { value: '' }, texts.regionPick));
  for (const province of regions.filter((r) => r.code === r.province_code)) {
    const group = el('optgroup', { label: province.name });
    group.append(el('option', { value: province.code }, `${texts.province} ${province.name}`));
    for (const r of regions) if (r.province_code === province.code && r.code !== province.code) group.append(el('option', { value: r.code }, r.name));
    select.append(group);
  }
  return select;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.setAttribute('aria-describedby', `lc-${id}-error`);
  return el('div', { class: 'field' }, el('label', { for: `lc-${id}` }, label), control, el('p', { class: 'field-error', id: `lc-${id}-error` }));
}

/** The pre-chat form: name, region, institution, email; labelled, with errors under each field. */
export class PreChatForm {
  readonly element: HTMLFormElement;
  private readonly submitButton: HTMLButtonElement;
  private readonly summary: HTMLElement;

  constructor(regions: readonly Region[], private readonly texts: Texts, onSubmit: (values: PreChat) => void) {
    const input = (name: string, type: string, autocomplete: string) =>
      el('input', { id: `lc-${name}`, name, type, required: '', autocomplete, maxlength: '200' });
    this.submitButton = el('button', { type: 'submit', class: 'primary' }, texts.start);
    this.summary = el('p', { class: 'form-error', role: 'alert' });
    this.element = el('form', { class: 'prechat', novalidate: '' },
      el('p', { class: 'intro' }, texts.intro),
      field('name', texts.name, input('name', 'text', 'name')),
      field('region_code', texts.region, regionSelect(regions, texts)),
      field('institution', texts.institution, input('institution', 'text', 'organization')),
      field('email', texts.email, input('email', 'email', 'email')),
      this.summary,
      this.submitButton,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(this.element);
      const text = (f: string): string => {
        const value = data.get(f);
        return typeof value === 'string' ? value.trim() : '';
      };
      const values: PreChat = { name: text('name'), region_code: text('region_code'), institution: text('institution'), email: text('email') };
      const missing = FIELDS.filter((f) => !values[f]).map((f) => ({ field: f, message: texts.required }));
      if (missing.length) return this.showErrors(missing, texts.formError);
      onSubmit(values);
    });
  }

  busy(on: boolean): void {
    this.submitButton.disabled = on;
    this.submitButton.textContent = on ? this.texts.starting : this.texts.start;
  }

  /** Marks the fields the server (or the browser) refused, with its words. */
  showErrors(details: readonly { field?: string; message: string }[], summary: string): void {
    for (const f of FIELDS) {
      const control = this.element.querySelector<HTMLElement>(`#lc-${f}`);
      const detail = details.find((d) => d.field === f);
      control?.setAttribute('aria-invalid', detail ? 'true' : 'false');
      const error = this.element.querySelector(`#lc-${f}-error`);
      if (error) error.textContent = detail?.message ?? '';
    }
    this.summary.textContent = summary;
    const first = details.find((d) => FIELDS.some((f) => f === d.field));
    if (first) this.element.querySelector<HTMLElement>(`#lc-${first.field ?? ''}`)?.focus();
  }
}
