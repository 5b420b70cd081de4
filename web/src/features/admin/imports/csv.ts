/**
 * Reads the rejected-rows CSV the server writes (RFC 4180, "," or ";" as the input had it,
 * maybe a BOM): rows of cells. The last four columns are line, column, value and reason.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = /;(line|"line");(column|"column");(value|"value");(reason|"reason")$/.test(firstLine) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

export interface RejectedRow {
  line: string;
  column: string;
  value: string;
  reason: string;
  /** The row's own id cell, when the file has an id column. */
  id?: string | undefined;
}

/** The rejected rows with where and why (the last four cells of each row). */
export function rejectedRowsOf(text: string): RejectedRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const idIndex = header.findIndex((name) => name.trim().toLowerCase() === 'id');
  return rows.map((cells) => {
    const [line = '', column = '', value = '', reason = ''] = cells.slice(-4);
    return { line, column, value, reason, id: idIndex >= 0 ? cells[idIndex] : undefined };
  });
}
