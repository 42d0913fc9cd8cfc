import { formatDate } from '../../../../shared/domain/dates.ts';
import { valueText, type ProgressChart } from '../../../../shared/domain/progress.ts';

/** The chart in words: a row per visit, a column per line, "–" where nothing was measured. */
export function ProgressTable({ chart }: { chart: ProgressChart }) {
  return (
    <table className="progress-table">
      <caption>
        {chart.title} ({chart.unit}) at each visit
      </caption>
      <thead>
        <tr>
          <th scope="col">Visit</th>
          {chart.series.map((s) => (
            <th scope="col" key={s.label}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.dates.map((date, i) => (
          <tr key={`${date}-${i}`}>
            <th scope="row">{formatDate(date)}</th>
            {chart.series.map((s) => (
              <td key={s.label}>{valueText(chart.id, s.values[i] ?? null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
