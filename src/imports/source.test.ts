import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter, lineBreaks } from './csv-source.ts';
import { openSource } from './source.ts';
import { SeenIds } from './seen-ids.ts';
import { cellText } from './xlsx-source.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'sapa-source-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function readAll(name: string, content: string) {
  const file = path.join(folder, name);
  await writeFile(file, content);
  const source = await openSource(file);
  const rows = [];
  for await (const row of source.rows) rows.push(row);
  return { source, rows };
}

describe('import files', () => {
  it('detects the separator of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('id,created_at,channel')).toBe(',');
    expect(detectDelimiter('id;created_at;"a,b,c"')).toBe(';');
    expect(detectDelimiter('id\tname')).toBe('\t');
    expect(detectDelimiter('id')).toBe(',');
  });

  it('counts \\r\\n, \\r and \\n as one line break each', () => {
    expect(lineBreaks('a,b\r')).toBe(1);
    expect(lineBreaks('1;"a\r\nb"\r')).toBe(2);
    expect(lineBreaks('a\nb\n')).toBe(2);
    expect(lineBreaks('last')).toBe(0);
  });

  it('reads an Excel CSV: BOM, semicolons, CRLF, quoted separators and line breaks, blank lines skipped', async () => {
    const { source, rows } = await readAll('excel.csv', '\uFEFFid;subject\r\n1;"a; b"\r\n2;"baris\r\nkedua"\r\n\r\n3;c\r\n');
    expect(source.header).toEqual(['id', 'subject']);
    expect(source).toMatchObject({ delimiter: ';', bom: true });
    expect(rows).toEqual([
      { line: 2, values: ['1', 'a; b'] },
      { line: 3, values: ['2', 'baris\r\nkedua'] },
      { line: 6, values: ['3', 'c'] },
    ]);
    expect(source.bytesRead()).toBe(source.totalBytes);
  });

  it('says clearly when a file is of another format, missing or empty', async () => {
    await expect(openSource(path.join(folder, 'data.txt'))).rejects.toThrow(/\.csv atau \.xlsx/);
    await expect(openSource(path.join(folder, 'missing.csv'))).rejects.toThrow(/tidak ada \(no such file\)/);
    await expect(readAll('empty.csv', '\r\n\r\n')).rejects.toThrow(/kosong/);
  });

  it('turns spreadsheet cells into the text they show', () => {
    expect(cellText(new Date(Date.UTC(2025, 0, 2, 8, 15)))).toBe('2025-01-02 08:15:00');
    expect(cellText(5)).toBe('5');
    expect(cellText({ richText: [{ text: 'Kab. ' }, { text: 'Bogor' }] })).toBe('Kab. Bogor');
    expect(cellText({ formula: 'A1+1', result: 2 })).toBe('2');
    expect(cellText({ text: 'tautan', hyperlink: 'https://x.id' })).toBe('tautan');
    expect(cellText(null)).toBe('');
  });
});

describe('ids seen in one file', () => {
  it('remembers the first line of every id, through many ids and growth', () => {
    const seen = new SeenIds();
    let repeated = 0;
    for (let i = 0; i < 50_000; i++) if (seen.firstLine(`T-${i}`, i + 2) !== undefined) repeated++;
    expect(repeated).toBe(0);
    expect(seen.size).toBe(50_000);
    expect(seen.firstLine('T-0', 60_000)).toBe(2);
    expect(seen.firstLine('T-49999', 60_001)).toBe(50_001);
    expect(seen.firstLine('t-0', 60_002)).toBeUndefined();
    expect(seen.firstLine('Ümlaut-é', 60_003)).toBeUndefined();
    expect(seen.firstLine('Ümlaut-é', 60_004)).toBe(60_003);
  });
});
