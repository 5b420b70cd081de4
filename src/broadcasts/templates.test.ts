import { describe, expect, it } from 'vitest';
import { parameterCount, personalise, renderTemplate, templateProblems, type ApprovedTemplate } from './templates.ts';

const catalogue: ApprovedTemplate[] = [{ name: 'undangan_bimtek', language: 'id', body: 'Yth. {{1}}, Anda diundang ke {{2}} pada {{3}}.' }];

describe('approved WhatsApp templates', () => {
  it('counts the parameters a body takes by its highest placeholder', () => {
    expect(parameterCount(catalogue[0]!.body)).toBe(3);
    expect(parameterCount('Tanpa parameter')).toBe(0);
    expect(parameterCount('{{2}} lalu {{1}} lalu {{2}}')).toBe(2);
  });

  it('renders the body with the parameters, personalised with the recipient\'s name', () => {
    const parameters = ['{{nama}}', 'Bimtek DAU', '20 Januari 2025'].map((p) => personalise(p, 'Budi'));
    expect(renderTemplate(catalogue[0]!.body, parameters)).toBe('Yth. Budi, Anda diundang ke Bimtek DAU pada 20 Januari 2025.');
    expect(personalise('Yth. {{nama}}', '  ')).toBe('Yth. Bapak/Ibu');
  });

  it('names what Meta would refuse: unknown template or language, wrong number of parameters, new lines, long runs of spaces', () => {
    expect(templateProblems(catalogue, 'undangan_bimtek', 'id', ['a', 'b', 'c'])).toEqual([]);
    expect(templateProblems(catalogue, 'undangan_bimtek', 'en_US', ['a', 'b', 'c']).map((p) => p.field)).toEqual(['template.name']);
    expect(templateProblems(catalogue, 'undangan_bimtek', 'id', ['a', 'b']).map((p) => p.field)).toEqual(['template.parameters']);
    expect(templateProblems(catalogue, 'undangan_bimtek', 'id', ['a', 'b\nc', 'd     e']).map((p) => p.field)).toEqual(['template.parameters[1]', 'template.parameters[2]']);
    expect(templateProblems(catalogue, 'undangan_bimtek', 'id', ['a', ' ', 'c']).map((p) => p.field)).toEqual(['template.parameters[1]']);
  });
});
