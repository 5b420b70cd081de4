import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole } from '../auth/guard.ts';
import type { MonthlyReport } from './types.ts';
import { buildReport } from './report.ts';
import { checkMonth } from './month.ts';
import { EVALUATION_MAX_LENGTH, getEvaluation, setEvaluation } from './notes.ts';
import { REPORT_CONTENT_TYPES, renderReport, type ReportFormat } from './render/index.ts';

const tags = ['reports'];
// The month is checked by checkMonth, so that a wrong one gets a message that says what is expected.
const MonthParams = Type.Object({ month: Type.String({ description: 'YYYY-MM (a calendar month in Asia/Jakarta)' }) });
// Loose on purpose: the report's fields are a contract of their own (docs/report.md) and must all pass through.
const ReportSchema = Type.Unsafe<MonthlyReport>({ type: 'object', additionalProperties: true, description: 'The monthly report (docs/report.md)' });
const Format = Type.Union([Type.Literal('pptx'), Type.Literal('pdf'), Type.Literal('xlsx')]);

/** `laporan-contact-center-2025-01.pptx` */
export const reportFilename = (month: string, format: ReportFormat): string => `laporan-contact-center-${month}.${format}`;

export function reportRoutes(app: App, ctx: AppContext): void {
  app.get('/api/reports/monthly/:month', {
    schema: { tags, summary: 'The monthly report as JSON: every section for the month, the previous month and the same month a year earlier, with the narrative', params: MonthParams, response: { 200: ReportSchema } },
  }, async (request) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    return buildReport(ctx.db, checkMonth(request.params.month));
  });

  app.get('/api/reports/monthly/:month/export', {
    schema: { tags, summary: 'The monthly report as a PPTX, PDF or XLSX file', params: MonthParams, querystring: Type.Object({ format: Format }) },
  }, async (request, reply) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    const month = checkMonth(request.params.month);
    const format = request.query.format;
    const file = await renderReport(ctx.db, await buildReport(ctx.db, month), format);
    return reply
      .header('content-type', REPORT_CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${reportFilename(month, format)}"`)
      .send(file);
  });

  app.put('/api/reports/monthly/:month/evaluation', {
    schema: {
      tags, summary: 'Write the month\'s "Evaluasi dan Saran" (replaces the previous text; audited)', params: MonthParams,
      body: Type.Object({ text: Type.String({ maxLength: EVALUATION_MAX_LENGTH }) }),
      response: { 200: Type.Object({ month: Type.String(), evaluation: Type.String() }) },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor');
    const month = checkMonth(request.params.month);
    await setEvaluation(ctx.db, auditActor(request, actor), month, request.body.text);
    return { month, evaluation: await getEvaluation(ctx.db, month) };
  });
}
