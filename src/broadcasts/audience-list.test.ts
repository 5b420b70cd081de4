import { describe, expect, it } from 'vitest';
import { parseAudienceCsv } from './audience-list.ts';

describe('uploaded recipient lists', () => {
  it('reads phone numbers as people type them, with names, and reports each bad row by line', () => {
    const csv = 'No HP,Nama Lengkap\r\n0812 1111 2222,Budi\r\n"+62 (813) 3333-4444","Siti, S.E."\r\n\r\n12,Pendek\r\n081211112222,Budi lagi\r\n';
    expect(parseAudienceCsv(csv, 'whatsapp')).toEqual({
      rows: 4,
      entries: [{ address: '+6281211112222', name: 'Budi' }, { address: '+6281333334444', name: 'Siti, S.E.' }],
      duplicates: 1,
      problems: [{ line: 5, column: 'No HP', value: '12', message: 'bukan nomor telepon yang valid' }],
    });
  });

  it('takes the email column for an email blast, with `;` separators and a BOM as Excel writes them', () => {
    const parsed = parseAudienceCsv('\uFEFFtelepon;email\n0812;BUDI@Bogorkab.go.id\n0813;\n', 'email');
    expect(parsed.entries).toEqual([{ address: 'budi@bogorkab.go.id', name: '' }]);
    expect(parsed.problems).toEqual([{ line: 3, column: 'email', value: '', message: 'kosong' }]);
  });

  it('names the right line after a quoted value that spans lines', () => {
    const parsed = parseAudienceCsv('nama,email\n"Budi\nSantoso",budi@x.go.id\nSalah,salah@\n', 'email');
    expect(parsed.entries).toEqual([{ address: 'budi@x.go.id', name: 'Budi Santoso' }]);
    expect(parsed.problems).toEqual([{ line: 4, column: 'email', value: 'salah@', message: 'bukan alamat email yang valid' }]);
  });

  it('refuses a list without the channel\'s address column', () => {
    expect(() => parseAudienceCsv('nama,email\nBudi,b@x.go.id\n', 'whatsapp')).toThrow(/kolom phone/);
  });
});
