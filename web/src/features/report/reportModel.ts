/**
 * The report's shapes and the sections shared with the PPTX, PDF and XLSX renderings, imported
 * from the server's own code: these modules are pure (no Node-only dependency), so the console
 * shows exactly the sections, tables and ECharts options the files have.
 */
export type { Comparable, MonthlyReport } from '../../../../src/reports/types.ts';
export type { EvaluationRecord } from '../../../../src/reports/notes.ts';
export { buildSections, formatCell, type Cell, type CellKind, type ReportSection, type SectionTable } from '../../../../src/reports/render/sections/index.ts';
export { pageView } from '../../../../src/reports/render/layout.ts';
export { toEChartsOption, type ReportChart } from '../../../../src/reports/render/charts.ts';
export { comparableLabels } from '../../../../src/reports/render/charts.ts';
export { chartData } from '../../../../src/reports/render/chart-data.ts';
export { REGION_ATTRIBUTION } from '../../../../src/reports/render/labels.ts';
