/** A column of a code table (topics, user categories, units) and how it is edited. */
export interface FieldDef {
  key: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'switch' | 'select';
  options?: { value: string; label: string }[];
  required?: boolean;
}

export type CodeRow = { code: string } & Record<string, unknown>;

/** The value a form starts with for a field: the row's, or an empty one. */
export function initialValue(field: FieldDef, row: CodeRow | null): string | number | boolean {
  const value = row?.[field.key];
  switch (field.kind) {
    case 'number': return typeof value === 'number' ? value : 0;
    case 'switch': return typeof value === 'boolean' ? value : true;
    case 'select': return typeof value === 'string' ? value : (field.options?.[0]?.value ?? '');
    case 'text':
    case 'textarea': return typeof value === 'string' ? value : '';
  }
}
