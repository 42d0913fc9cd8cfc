import type { PlanMarker, ProgressChart } from '../../../../shared/domain/progress.ts';
import { ProgressChartView } from './ProgressChartView.tsx';
import './progress.css';

/** Every chart: loaded on its own (with the chart library), so the patient page opens first. */
export default function ProgressCharts({
  charts,
  markers,
}: {
  charts: readonly ProgressChart[];
  markers: readonly PlanMarker[];
}) {
  return (
    <div className="progress-charts">
      {charts.map((chart) => (
        <ProgressChartView key={chart.id} chart={chart} markers={markers} />
      ))}
    </div>
  );
}
