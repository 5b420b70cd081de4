import { describe, expect, it } from 'vitest';
import { parseCsv, rejectedRowsOf } from './csv.ts';

describe('the rejected-rows CSV', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,b\r\n"x, y","he said ""hi""\nok"\r\n')).toEqual([['a', 'b'], ['x, y', 'he said "hi"\nok']]);
  });

  it('takes line, column, value and reason from the end of each row, with ";" as Excel writes it', () => {
    const text = '\uFEFFid;channel;line;column;value;reason\r\nT-6;Fax;7;channel;Fax;kanal tidak dikenal\r\n';
    expect(rejectedRowsOf(text)).toEqual([{ id: 'T-6', line: '7', column: 'channel', value: 'Fax', reason: 'kanal tidak dikenal' }]);
  });
});
