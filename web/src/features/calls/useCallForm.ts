import { useState } from 'react';
import { isDuration } from './reference.ts';

export interface CallForm {
  phone: string;
  name: string;
  institution: string;
  region: string | null;
  category: string | null;
  topics: string[];
  summary: string;
  duration: string;
  direction: 'in' | 'out';
  settled: boolean;
}

export const emptyCallForm = (phone = '', direction: 'in' | 'out' = 'in'): CallForm => ({
  phone, name: '', institution: '', region: null, category: null, topics: [], summary: '', duration: '', direction, settled: true,
});

export type CallFormProblem = 'needWho' | 'needTopics' | 'needSummary' | 'needDuration' | 'badDuration';

/**
 * What must be fixed before sending, by field (Indonesian-first texts; the server checks again).
 * A quick log (newCall) also needs who called and how long; a draft already knows both.
 */
export function problemsOf(form: CallForm, { newCall }: { newCall: boolean }): Partial<Record<keyof CallForm, CallFormProblem>> {
  const problems: Partial<Record<keyof CallForm, CallFormProblem>> = {};
  if (newCall && !form.phone.trim() && !form.name.trim()) problems.phone = 'needWho';
  if (form.topics.length === 0) problems.topics = 'needTopics';
  if (!form.summary.trim()) problems.summary = 'needSummary';
  if (newCall && !form.duration.trim()) problems.duration = 'needDuration';
  else if (newCall && !isDuration(form.duration)) problems.duration = 'badDuration';
  return problems;
}

/** The form's values with a typed setter per field, and whether a submit was tried (to show problems). */
export function useCallForm(initial: CallForm) {
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof CallForm>(key: K) => (value: CallForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const reset = (next: CallForm) => {
    setForm(next);
    setTried(false);
  };
  return { form, setForm, set, tried, setTried, reset };
}

/** Enter sends the form from a textarea; Shift+Enter keeps the new line. */
export function submitOnEnter(event: React.KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
