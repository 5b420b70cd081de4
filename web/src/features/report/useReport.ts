import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchWithProgress, type Progress } from './fetchWithProgress.ts';
import type { MonthlyReport } from './reportModel.ts';

export const reportKey = (month: string) => ['report', 'monthly', month] as const;

/** The month's report, with where its computation is while it loads (it can take seconds on big months). */
export function useReport(month: string) {
  const [progress, setProgress] = useState<Progress>({ stage: 'waiting' });
  const query = useQuery({
    queryKey: reportKey(month),
    queryFn: async ({ signal }): Promise<MonthlyReport> => {
      const { body } = await fetchWithProgress(`/api/reports/monthly/${month}`, setProgress, signal);
      return JSON.parse(await body.text()) as MonthlyReport;
    },
    staleTime: 5 * 60_000,
  });
  return { ...query, progress };
}

/** Whole seconds since `running` became true (0 when it is not). */
export function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const started = Date.now();
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [running]);
  return running ? seconds : 0;
}
