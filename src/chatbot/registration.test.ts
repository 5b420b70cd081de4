import { describe, expect, it } from 'vitest';
import { createRegionMatcher } from '../directory/region-matcher.ts';
import { loadRegions } from '../directory/regions.ts';
import { applyFields, formatTemplate, missingFields, parseRegistration, pickRegion, shortRegionName } from './registration.ts';

const matcher = createRegionMatcher(loadRegions());

describe('parseRegistration', () => {
  it('reads the requested format', () => {
    const form = parseRegistration('Nama: Budi Santoso\nDaerah: Kab. Bogor\nInstansi/SKPD: BPKAD\nEmail: budi@bogorkab.go.id\nPertanyaan: Kapan DAU disalurkan?');
    expect(form.fields).toEqual({ name: 'Budi Santoso', region: 'Kab. Bogor', institution: 'BPKAD', email: 'budi@bogorkab.go.id', question: 'Kapan DAU disalurkan?' });
    expect(form.unlabelled).toBe('');
  });

  it('accepts any case, extra spaces, missing colons and other separators', () => {
    const form = parseRegistration('  NAMA   Budi  Santoso \ndaerah :   Kota Bogor\nINSTANSI = Bappeda\n e-mail - budi@x.go.id\npertanyaan apa itu SHSR');
    expect(form.fields).toEqual({ name: 'Budi Santoso', region: 'Kota Bogor', institution: 'Bappeda', email: 'budi@x.go.id', question: 'apa itu SHSR' });
  });

  it.each([
    ['Instansi: BPKAD', 'BPKAD'],
    ['SKPD: Dinas Pendidikan', 'Dinas Pendidikan'],
    ['Instansi/SKPD: Inspektorat', 'Inspektorat'],
    ['Instansi / SKPD : DPRD', 'DPRD'],
    ['OPD: Bapenda', 'Bapenda'],
  ])('reads the institution from "%s"', (line, value) => {
    expect(parseRegistration(line).fields.institution).toBe(value);
  });

  it.each(['Email: a@b.id', 'E-mail: a@b.id', 'E-MAIL a@b.id', 'email:a@b.id', 'Alamat email: a@b.id', 'Email (contoh: zzz@yyy.com) : a@b.id'])('reads the email from "%s"', (line) => {
    expect(parseRegistration(line).fields.email).toBe('a@b.id');
  });

  it('reads WhatsApp bold, bullets and numbering around labels', () => {
    const form = parseRegistration('*Nama*: Budi\n- Daerah: Sleman\n3. Instansi: BPKAD\n• _Email_ : budi@x.id');
    expect(form.fields).toEqual({ name: 'Budi', region: 'Sleman', institution: 'BPKAD', email: 'budi@x.id' });
  });

  it('takes values from the line after an empty label, as in the seed screenshot', () => {
    const form = parseRegistration('Nama:\nBapak/Ibu\nDaerah:\nDaerah Istimewa Yogyakarta\nInstansi/SKPD:\nKemenkeu\nEmail (contoh: zzz@yyy.com) :\ncallcenter.djpk@kemenkeu.go.id\nPertanyaan:\ntes');
    expect(form.fields).toEqual({ name: 'Bapak/Ibu', region: 'Daerah Istimewa Yogyakarta', institution: 'Kemenkeu', email: 'callcenter.djpk@kemenkeu.go.id', question: 'tes' });
  });

  it('keeps a question over several lines, including lines that start like a label', () => {
    const form = parseRegistration('Nama: Sari\nPertanyaan: Selamat pagi.\nDaerah kami belum menerima DAU tahap 2.\n\nMohon informasinya, terima kasih.');
    expect(form.fields.question).toBe('Selamat pagi.\nDaerah kami belum menerima DAU tahap 2.\n\nMohon informasinya, terima kasih.');
    expect(form.fields.region).toBeUndefined();
  });

  it('still sees a labelled field with a colon after the question', () => {
    expect(parseRegistration('Pertanyaan: apa itu opsen?\nEmail: sari@x.id').fields).toEqual({ question: 'apa itu opsen?', email: 'sari@x.id' });
  });

  it('ignores text before the first label and labels left empty', () => {
    const form = parseRegistration('Selamat siang, berikut data saya\nNama: \nDaerah: Kab. Sleman\nEmail:');
    expect(form.fields).toEqual({ region: 'Kab. Sleman' });
    expect(form.unlabelled).toBe('Selamat siang, berikut data saya');
  });

  it('does not take a word that only begins like a label', () => {
    expect(parseRegistration('Namanya Budi').fields).toEqual({});
    expect(parseRegistration('Halo').unlabelled).toBe('Halo');
  });
});

describe('applyFields', () => {
  it('keeps valid values and reports an unknown region and a wrong email', () => {
    const review = applyFields({}, { name: 'Budi', region: 'Kab. Antah Berantah', institution: 'BPKAD', email: 'budi@', question: 'Apa itu DAU?' }, matcher);
    expect(review.registration).toEqual({ name: 'Budi', institution: 'BPKAD', question: 'Apa itu DAU?' });
    expect(review.problems.map((p) => p.field)).toEqual(['email', 'region']);
    expect(missingFields(review.registration)).toEqual(['region', 'email']);
  });

  it('completes a partial registration from a later message with only the missing fields', () => {
    const first = applyFields({}, parseRegistration('Nama: Budi\nInstansi: BPKAD\nPertanyaan: Apa itu DAU?').fields, matcher);
    const second = applyFields(first.registration, parseRegistration('Daerah: Kab. Bogor\nEmail: Budi@BogorKab.go.id').fields, matcher);
    expect(second.problems).toEqual([]);
    expect(second.registration).toEqual({ name: 'Budi', institution: 'BPKAD', question: 'Apa itu DAU?', regionCode: '32.01', regionName: 'Kabupaten Bogor', email: 'budi@bogorkab.go.id' });
    expect(missingFields(second.registration)).toEqual([]);
  });

  it('lets a later value correct an earlier one', () => {
    const review = applyFields({ name: 'Budi', email: 'lama@x.id' }, { email: 'baru@x.id', name: 'Budi Santoso' }, matcher);
    expect(review.registration).toMatchObject({ name: 'Budi Santoso', email: 'baru@x.id' });
  });

  it('offers the candidates of an ambiguous region and picks one from the reply', () => {
    const review = applyFields({}, { region: 'Pasuruan' }, matcher);
    expect(review.regionChoices?.map(shortRegionName)).toEqual(['Kab. Pasuruan', 'Kota Pasuruan']);
    const choices = review.regionChoices ?? [];
    expect(pickRegion(choices, '2', matcher)?.code).toBe('35.75');
    expect(pickRegion(choices, 'kab. pasuruan', matcher)?.code).toBe('35.14');
    expect(pickRegion(choices, 'Kabupaten Pasuruan', matcher)?.code).toBe('35.14');
    expect(pickRegion(choices, 'Bogor', matcher)).toBeNull();
  });
});

describe('formatTemplate', () => {
  it('writes labelled lines for the asked fields', () => {
    expect(formatTemplate(['name', 'region', 'institution', 'email', 'question'])).toBe('Nama: \nDaerah: \nInstansi/SKPD: \nEmail: \nPertanyaan: ');
    expect(formatTemplate(['region', 'email'], { email: 'a@b.id' })).toBe('Daerah: \nEmail: a@b.id');
  });

  it('round-trips through the parser', () => {
    const values = { name: 'Budi', region: 'Kab. Bogor', institution: 'BPKAD', email: 'a@b.id', question: 'Apa?\nDan ini?' };
    expect(parseRegistration(formatTemplate(['name', 'region', 'institution', 'email', 'question'], values)).fields).toEqual(values);
  });
});
