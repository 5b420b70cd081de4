import { describe, expect, it } from 'vitest';
import { validateOutbound } from '../channels/whatsapp/messages.ts';
import { choiceId, parseChoiceId, questionMessage, sameResolution } from './texts.ts';

const survey = { id: 4711, nonce: 'Qm9vLWJhci1iYXotcXV4' };

describe('survey texts', () => {
  it('asks each question as a WhatsApp list Meta accepts, with the five scores worst first', () => {
    for (const question of ['service', 'substance'] as const) {
      const message = questionMessage(survey, question, 1234);
      expect(validateOutbound(message)).toEqual([]);
      if (message.type !== 'list') throw new Error('expected a list');
      expect(message.sections[0]?.rows.map((r) => r.title)).toEqual(['1 - Sangat tidak puas', '2 - Tidak puas', '3 - Cukup puas', '4 - Puas', '5 - Sangat puas']);
    }
    const first = questionMessage(survey, 'service', 1234);
    expect(first.body).toContain('tiket #1234');
    expect(first.body).toContain('Pertanyaan 1 dari 2 – Kepuasan Layanan');
    expect(questionMessage(survey, 'substance', 1234).body).toContain('Pertanyaan 2 dari 2 – Substansi Jawaban');
  });

  it('reads back a row id and tells an earlier resolution\'s list apart', () => {
    const id = choiceId(survey, 'substance', 3);
    const parsed = parseChoiceId(id);
    expect(parsed).toMatchObject({ surveyId: 4711, question: 'substance', score: 3 });
    expect(parsed && sameResolution(parsed, survey.nonce)).toBe(true);
    expect(parsed && sameResolution(parsed, 'another-nonce-entirely')).toBe(false);
    expect(parseChoiceId('tkd-dau')).toBeUndefined();
    expect(parseChoiceId('survei:1:abc:1:6')).toBeUndefined();
    expect(parseChoiceId(undefined)).toBeUndefined();
  });
});
