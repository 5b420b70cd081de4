import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, get } from '../../lib/api.ts';
import type { EvaluationRecord } from './reportModel.ts';

const evaluationKey = (month: string) => ['report', 'evaluation', month] as const;

/**
 * The month's "Evaluasi dan Saran" being edited: the saved record, the draft (null while untouched),
 * and a save that refuses to overwrite a text someone else saved after editing began (409).
 */
export function useEvaluation(month: string) {
  const client = useQueryClient();
  const record = useQuery({ queryKey: evaluationKey(month), queryFn: () => get<EvaluationRecord>(`/api/reports/monthly/${month}/evaluation`) });
  const [draft, setDraft] = useState<string | null>(null);
  // The version the draft was started from: what the server must still have for the save to go through.
  const [base, setBase] = useState<string | null>(null);

  useEffect(() => {
    setDraft(null);
  }, [month]);

  const save = useMutation({
    mutationFn: ({ text, expected }: { text: string; expected: string | null }) =>
      api<EvaluationRecord>('PUT', `/api/reports/monthly/${month}/evaluation`, { text, expected_updated_at: expected }),
    onSuccess: (saved) => {
      client.setQueryData(evaluationKey(month), saved);
      setDraft(null);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void record.refetch();
    },
  });

  const saved = record.data?.evaluation ?? '';
  const text = draft ?? saved;
  const dirty = draft !== null && draft.trim() !== saved;
  const conflict = save.error instanceof ApiError && save.error.status === 409;

  return {
    record: record.data,
    loading: record.isPending,
    loadError: record.error,
    text,
    dirty,
    conflict,
    saving: save.isPending,
    saveError: conflict ? null : save.error,
    edit: (value: string) => {
      if (draft === null) setBase(record.data?.updated_at ?? null);
      setDraft(value);
      if (save.isError) save.reset();
    },
    discard: () => {
      setDraft(null);
      save.reset();
    },
    save: () => save.mutateAsync({ text, expected: base }),
    /** After a conflict: keep my text over the version now on the server. */
    overwrite: () => save.mutateAsync({ text, expected: record.data?.updated_at ?? null }),
  };
}
