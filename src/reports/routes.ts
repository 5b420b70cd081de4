import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole } from '../auth/guard.ts';
import { NullableDateTime } from '../server/schemas.ts';
import type { MonthlyReport } from './types.ts';
import { buildReport } from './report.ts';
import { checkMonth } from './month.ts';
import { EVALUATION_MAX_LENGTH, getEvaluationRecord, setEvaluation } from './notes.ts';
import { REPORT_CONTENT_TYPES, renderReport, type ReportFormat } from './render/index.ts';

const tags = ['reports'];
// The month is checked by checkMonth, so that a wrong one gets a message that says what is expected.
const MonthParams = Type.Object({ month: Type.String({ description: 'YYYY-MM (a calendar month in Asia/Jakarta)' }) });
// Loose on purpose: the report's fields are a contract of their own (docs/report.md) and must all pass through.
const ReportSchema = Type.Unsafe<MonthlyReport>({ type: 'object', additionalProperties: true, description: 'The monthly report (docs/report.md)' });
const Format = Type.Union([Type.Literal('pptx'), Type.Literal('pdf'), Type.Literal('xlsx'), Type.Literal('json')]);
type ExportFormat = ReportFormat | 'json';
const Evaluation = Type.Object({
  month: Type.String(),
  evaluation: Type.String(),
  updated_at: NullableDateTime,
  updated_by: Type.Union([Type.Object({ username: Type.String(), name: Type.String() }), Type.Null()]),
});

/** `laporan-contact-center-2025-01.pptx` */
export const reportFilename = (month: string, format: ExportFormat): string => `laporan-contact-center-${month}.${format}`;

export function reportRoutes(app: App, ctx: AppContext): void {
  app.get('/api/reports/monthly/:month', {
    schema: { tags, summary: 'The monthly report as JSON: every section for the month, the previous month and the same month a year earlier, with the narrative', params: MonthParams, response: { 200: ReportSchema } },
  }, async (request) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    return buildReport(ctx.db, checkMonth(request.params.month));
  });

  app.get('/api/reports/monthly/:month/export', {
    schema: { tags, summary: 'The monthly report as a PPTX, PDF, XLSX or JSON file (a download with its file name)', params: MonthParams, querystring: Type.Object({ format: Format }) },
  }, async (request, reply) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    const month = checkMonth(request.params.month);
    const format = request.query.format;
    const report = await buildReport(ctx.db, month);
    const file = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : await renderReport(ctx.db, report, format);
    return reply
      .header('content-type', format === 'json' ? 'application/json; charset=utf-8' : REPORT_CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${reportFilename(month, format)}"`)
      .send(file);
  });

  app.get('/api/reports/monthly/:month/evaluation', {
    schema: { tags, summary: 'The month\'s "Evaluasi dan Saran" with who saved it last and when', params: MonthParams, response: { 200: Evaluation } },
  }, async (request) => {
    requireRole(request, 'admin', 'supervisor', 'agent');
    return getEvaluationRecord(ctx.db, checkMonth(request.params.month));
  });

  app.put('/api/reports/monthly/:month/evaluation', {
    schema: {
      tags, summary: 'Write the month\'s "Evaluasi dan Saran" (replaces the previous text; audited)', params: MonthParams,
      body: Type.Object({
        text: Type.String({ maxLength: EVALUATION_MAX_LENGTH }),
        expected_updated_at: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
          description: 'The updated_at the text was edited from (null: never saved); a save by someone else since then is refused with 409',
        })),
      }),
      response: { 200: Evaluation },
    },
  }, async (request) => {
    const actor = requireRole(request, 'admin', 'supervisor');
    const month = checkMonth(request.params.month);
    await setEvaluation(ctx.db, auditActor(request, actor), month, request.body.text, request.body.expected_updated_at);
    return getEvaluationRecord(ctx.db, month);
  });
}
