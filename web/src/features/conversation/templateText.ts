import type { ApprovedTemplate } from './types.ts';

/** How many parameters a template body takes: its highest {{n}}. */
export const parameterCount = (body: string): number => Math.max(0, ...[...body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])));

/** The body as the requester reads it, with the parameters in place (the missing ones left as {{n}}). */
export const renderTemplate = (body: string, values: readonly string[]): string =>
  body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => values[Number(n) - 1] || whole);

/** The template a sent message used (metadata.template), if it is still in the catalogue. */
export function sentTemplateText(metadata: unknown, catalogue: ApprovedTemplate[] | undefined): string | undefined {
  const used = (metadata as { template?: { name?: string; language?: string; parameters?: string[] } } | null)?.template;
  const template = used && catalogue?.find((t) => t.name === used.name && t.language === used.language);
  return template ? renderTemplate(template.body, used.parameters ?? []) : undefined;
}
