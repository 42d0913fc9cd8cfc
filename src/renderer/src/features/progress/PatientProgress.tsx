import { lazy, Suspense, useMemo } from 'react';
import { planMarkers, progressCharts } from '../../../../shared/domain/progress.ts';
import { usePlanList } from '../plans/queries.ts';
import { useSessionList } from '../sessions/queries.ts';
import { ProgressPdfPanel } from './ProgressPdfPanel.tsx';
import { useIntl } from 'react-intl';

const ProgressCharts = lazy(() => import('./ProgressCharts.tsx'));

/** How the patient is doing across recorded visits: a chart and a table per measure. */
export function PatientProgress({ patientId }: { patientId: string }) {
  const intl = useIntl();
  const sessions = useSessionList(patientId);
  const plans = usePlanList(patientId);
  const charts = useMemo(() => progressCharts(sessions.data ?? []), [sessions.data]);
  const markers = useMemo(() => planMarkers(plans.data ?? []), [plans.data]);
  if (!sessions.isSuccess) return null;
  return (
    <section aria-labelledby="progress-heading" className="patient-progress">
      <h2 id="progress-heading">
        {intl.formatMessage({
          id: 'progress.patientProgress.progress',
          defaultMessage: 'Progress',
        })}
      </h2>
      {charts.length === 0 ? (
        <p className="muted">
          {intl.formatMessage({
            id: 'progress.patientProgress.noMeasuresRecordedYet',
            defaultMessage:
              'No measures recorded yet. Pain, stiffness, grip and the rest appear here once a visit is recorded.',
          })}
        </p>
      ) : (
        <>
          <ProgressPdfPanel patientId={patientId} />
          <Suspense
            fallback={
              <p className="muted">
                {intl.formatMessage({
                  id: 'progress.patientProgress.drawingTheCharts',
                  defaultMessage: 'Drawing the charts…',
                })}
              </p>
            }
          >
            <ProgressCharts charts={charts} markers={markers} />
          </Suspense>
        </>
      )}
    </section>
  );
}
