import { describe, expect, it } from 'vitest';
import { isDuration, phoneLookupKey } from './reference.ts';
import { emptyCallForm, problemsOf } from './useCallForm.ts';

describe('phone lookup key', () => {
  it('turns the ways agents type a number into the digits of its E.164 form', () => {
    expect(phoneLookupKey('0812-0010-0000')).toBe('6281200100000');
    expect(phoneLookupKey('+62 812 0010 0000')).toBe('6281200100000');
    expect(phoneLookupKey('(021) 345 0123')).toBe('62213450123');
  });
  it('waits for enough digits to mean one person', () => {
    expect(phoneLookupKey('0812')).toBeUndefined();
    expect(phoneLookupKey('')).toBeUndefined();
  });
});

describe('call duration', () => {
  it('accepts m:ss, h:mm:ss and seconds, as the server does', () => {
    for (const ok of ['2:05', '0:59', '12:00', '1:02:05', '125']) expect(isDuration(ok)).toBe(true);
    for (const bad of ['', '2:5', '1:99', 'abc', '2.05']) expect(isDuration(bad)).toBe(false);
  });
});

describe('call form problems', () => {
  const filled = { ...emptyCallForm('0812-0010-0000'), topics: ['DAU'], summary: 'Tanya DAU', duration: '3:25' };
  it('a complete quick log has none', () => {
    expect(problemsOf(filled, { newCall: true })).toEqual({});
  });
  it('a quick log needs who called, topics, summary and a duration', () => {
    expect(problemsOf(emptyCallForm(), { newCall: true })).toEqual({ phone: 'needWho', topics: 'needTopics', summary: 'needSummary', duration: 'needDuration' });
    expect(problemsOf({ ...filled, phone: '', name: 'Bu Sari' }, { newCall: true })).toEqual({});
    expect(problemsOf({ ...filled, duration: '3.25' }, { newCall: true })).toEqual({ duration: 'badDuration' });
  });
  it('completing a draft needs only topics and the summary', () => {
    expect(problemsOf({ ...emptyCallForm(), topics: ['DAU'], summary: 'x' }, { newCall: false })).toEqual({});
  });
});
