import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.ts';
import { deriveCall, type StoredCallEvent } from './state.ts';

const ringing: StoredCallEvent = { kind: 'ringing', at: new Date('2025-01-06T09:00:00+07:00'), caller_number: '081511112222', extension: '201' };
const answered: StoredCallEvent = { kind: 'answered', at: new Date('2025-01-06T09:00:12+07:00'), caller_number: null, extension: '202' };
const ended: StoredCallEvent = { kind: 'ended', at: new Date('2025-01-06T09:03:17+07:00'), caller_number: '081511112222', extension: null };

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('a call derived from its PBX events', () => {
  it('gives the same call for every order of arrival', () => {
    const inOrder = deriveCall([ringing, answered, ended]);
    expect(inOrder).toEqual({
      status: 'draft', ringing_at: ringing.at, answered_at: answered.at, ended_at: ended.at,
      duration_seconds: 185, caller_number: '081511112222', extension: '202',
    });
    for (const order of permutations([ringing, answered, ended])) expect(deriveCall(order)).toEqual(inOrder);
  });

  it('says ringing, answered, missed as far as the events go', () => {
    expect(deriveCall([ringing]).status).toBe('ringing');
    expect(deriveCall([answered]).status).toBe('answered');
    expect(deriveCall([ended, ringing])).toMatchObject({ status: 'missed', duration_seconds: null, extension: '201' });
    expect(deriveCall([ended, answered])).toMatchObject({ status: 'draft', duration_seconds: 185, caller_number: '081511112222' });
  });

  it('never gives a negative duration when the PBX clocks disagree', () => {
    expect(deriveCall([{ ...ended, at: new Date(answered.at.getTime() - 1000) }, answered]).duration_seconds).toBe(0);
  });
});

describe('call durations as agents type them', () => {
  it('reads seconds, m:ss and h:mm:ss', () => {
    expect(parseDuration(125)).toBe(125);
    expect(parseDuration('125')).toBe(125);
    expect(parseDuration('2:05')).toBe(125);
    expect(parseDuration('12:00')).toBe(720);
    expect(parseDuration('1:02:05')).toBe(3725);
  });

  it('refuses what is not a duration', () => {
    for (const bad of ['', 'abc', '2:5', '2:65', '-5', '1.5', 1.5, -1, 13 * 3600]) expect(parseDuration(bad)).toBeUndefined();
  });

  it('shows m:ss and h:mm:ss', () => {
    expect(formatDuration(185)).toBe('3:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(0)).toBe('0:00');
  });
});
