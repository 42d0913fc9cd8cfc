import { formatDate } from '../../../../shared/domain/dates.ts';
import { valueText, type ProgressChart } from '../../../../shared/domain/progress.ts';
import { useIntl } from 'react-intl';

/** The chart in words: a row per visit, a column per line, "–" where nothing was measured. */
export function ProgressTable({ chart }: { chart: ProgressChart }) {
  const intl = useIntl();
  return (
    <table className="progress-table">
      <caption>
        {chart.title} ({chart.unit}
        {intl.formatMessage({
          id: 'progress.progressTable.atEachVisit',
          defaultMessage: ') at each visit',
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            {intl.formatMessage({ id: 'progress.progressTable.visit', defaultMessage: 'Visit' })}
          </th>
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
            <th scope="row">{formatDate(date, intl.locale)}</th>
            {chart.series.map((s) => (
              <td key={s.label}>{valueText(chart.id, s.values[i] ?? null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
