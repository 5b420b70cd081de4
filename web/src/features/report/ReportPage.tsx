import { useMemo } from 'react';
import { Alert, Stack } from '@mantine/core';
import { Navigate, Route, Routes, useNavigate, useParams } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { useT } from '../../lib/i18n.tsx';
import { EvaluationEditor } from './EvaluationEditor.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { ReportError, ReportLoading } from './ReportLoading.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ReportSectionView } from './ReportSectionView.tsx';
import { reportMessages } from './messages.ts';
import { isMonth, lastCompleteMonth } from './month.ts';
import { buildSections } from './reportModel.ts';
import { useReport } from './useReport.ts';

/** The monthly report at /report/:month; /report opens the last complete month. */
export function ReportPage({ me }: PageProps) {
  return (
    <Routes>
      <Route index element={<Navigate to={lastCompleteMonth()} replace />} />
      <Route path=":month" element={<MonthReport canEdit={me.role === 'admin' || me.role === 'supervisor'} />} />
    </Routes>
  );
}

function MonthReport({ canEdit }: { canEdit: boolean }) {
  const t = useT(reportMessages);
  const { month = '' } = useParams();
  const navigate = useNavigate();
  const valid = isMonth(month);
  const shown = valid ? month : lastCompleteMonth();
  const report = useReport(shown);
  const sections = useMemo(() => (report.data ? buildSections(report.data) : []), [report.data]);
  const goTo = (next: string) => void navigate(`/report/${next}`);

  return (
    <Stack gap="md" maw={1400}>
      <ReportHeader
        month={shown} onMonth={goTo} sections={sections} generatedAt={report.data?.generated_at}
        refreshing={report.isFetching && !report.isPending} onRefresh={() => void report.refetch()}
      />
      {!valid ? (
        <Alert color="yellow" role="alert">{t('invalidMonth', { month })}</Alert>
      ) : report.isPending ? (
        <ReportLoading month={month} progress={report.progress} />
      ) : report.isError ? (
        <ReportError message={report.error.message} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <KeyFigures report={report.data} />
          {sections.map((section) => (section.key === 'evaluation'
            ? <EvaluationEditor key={section.key} month={month} canEdit={canEdit} />
            : <ReportSectionView key={section.key} section={section} />))}
        </>
      )}
    </Stack>
  );
}
