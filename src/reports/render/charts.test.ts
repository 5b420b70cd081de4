import { describe, expect, it } from 'vitest';
import { chartData } from './chart-data.ts';
import { renderChartSvg, svgChartRenderer } from './chart-svg.ts';
import { comparableChart, rankingChart, shareChart } from './charts.ts';

const months = { month: '2025-01', previous_month: '2024-12', last_year_month: '2024-01' };
const consultations = { value: 1010, previous: 1112, last_year: 1304, change_previous_pct: -9, change_last_year_pct: -23 };

describe('chart options', () => {
  it('draws a comparable figure as three bars: previous month, this month, same month last year', () => {
    const chart = comparableChart(months, 'Jumlah konsultasi', consultations);
    expect(chart.kind).toBe('bar');
    expect(chart.option.xAxis).toMatchObject({ type: 'category', data: ['Des-24', 'Jan-25', 'Jan-24'] });
    const [series] = chart.option.series;
    expect(series?.type === 'bar' && series.data).toEqual([1112, 1010, 1304]);
    expect(chartData(chart)).toMatchObject({ labels: ['Des-24', 'Jan-25', 'Jan-24'], series: [{ values: [1112, 1010, 1304] }] });
  });

  it('labels values in id-ID: thousands with a dot, percentages and scores with a comma', () => {
    const svg = renderChartSvg(comparableChart(months, 'Jumlah konsultasi', consultations), 400, 300);
    expect(svg).toContain('>1.010<');
    expect(svg).toContain('>1.304<');
    expect(svg).toContain('>Des-24<');
    const advocacy = comparableChart(months, 'Capaian', { ...consultations, value: 305.58, previous: 0, last_year: 0 }, 'percent');
    expect(renderChartSvg(advocacy, 400, 300)).toContain('>305,58%<');
  });

  it('labels each slice of a share with its name and two-decimal percentage', () => {
    const chart = shareChart('Pengguna', [{ name: 'Pemda', value: 824 }, { name: 'Kementerian/Lembaga', value: 93 }, { name: 'Akademisi', value: 33 }, { name: 'Lainnya', value: 60 }]);
    const svg = renderChartSvg(chart, 500, 400);
    expect(svg).toContain('81,58%');
    expect(svg).toContain('9,21%');
    expect(chartData(chart)).toEqual({
      labels: ['Pemda', 'Kementerian/Lembaga', 'Akademisi', 'Lainnya'],
      series: [{ name: 'Pengguna', values: [824, 93, 33, 60] }],
      colors: ['#1F4E79', '#2E75B6', '#9DC3E6', '#F4B183'],
    });
  });

  it('ranks with horizontal bars, the first item on top, one colour per point for PowerPoint', () => {
    const chart = rankingChart('Topik', [{ name: 'DBH', value: 166 }, { name: 'DAU', value: 160 }]);
    expect(chart.option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['DBH', 'DAU'] });
    expect(chartData(chart)).toMatchObject({ labels: ['DBH', 'DAU'], series: [{ values: [166, 160] }], colors: ['#1F4E79'] });
  });

  it('reuses one instance per size for a document without carrying one chart into the next', () => {
    const renderer = svgChartRenderer();
    try {
      const first = renderer.render(comparableChart(months, 'Pertama', consultations), 300, 200);
      const second = renderer.render(rankingChart('Kedua', [{ name: 'DBH', value: 7 }]), 300, 200);
      expect(first).toContain('Pertama');
      expect(second).toContain('Kedua');
      expect(second).not.toContain('Pertama');
      expect(second).not.toContain('Des-24');
    } finally {
      renderer.dispose();
    }
  });
});
