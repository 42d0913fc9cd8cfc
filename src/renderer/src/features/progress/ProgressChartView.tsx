import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { PlanMarker, ProgressChart } from '../../../../shared/domain/progress.ts';
import { LINE_LOOKS, tokenColour } from './chart-styles.ts';
import { MarkerDot } from './MarkerDot.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { useIntl } from 'react-intl';

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** "10 Oct": the year is in the table beneath, and shorter ticks all fit. */
const shortDate = (ms: number) =>
  formatDate(new Date(ms).toISOString().slice(0, 10)).replace(/ \d{4}$/, '');

interface Props {
  chart: ProgressChart;
  markers: readonly PlanMarker[];
}

/**
 * One measure over the visits (recharts, with its keyboard accessibility layer), plan
 * versions as dashed uprights on the time axis, a visible legend in which each line keeps
 * its dash and marker, and the same values as a table.
 */
export function ProgressChartView({ chart, markers }: Props) {
  const intl = useIntl();
  const looks = useMemo(
    () => LINE_LOOKS.map((look) => ({ ...look, colour: tokenColour(look.token) })),
    [],
  );
  const axis = tokenColour('--color-chart-axis');
  const rows = chart.dates.map((date, i) => ({
    t: time(date),
    ...Object.fromEntries(chart.series.map((s, j) => [`s${j}`, s.values[i]])),
  }));
  const times = [...chart.dates.map(time), ...markers.map((m) => time(m.date))];
  const domain = [Math.min(...times), Math.max(...times)];
  const headingId = `progress-${chart.id}`;
  return (
    <section className="progress-chart" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {chart.title} <span className="muted">({chart.unit})</span>
      </h3>
      <ul
        className="progress-legend"
        aria-label={intl.formatMessage(
          { id: 'progress.progressChartView.legend', defaultMessage: '{title}: legend' },
          { title: chart.title },
        )}
      >
        {chart.series.map((s, j) => {
          const look = looks[j % looks.length];
          return (
            look && (
              <li key={s.label}>
                <svg width="36" height="14" aria-hidden="true">
                  <line
                    x1="2"
                    y1="7"
                    x2="34"
                    y2="7"
                    stroke={look.colour}
                    strokeWidth="2"
                    strokeDasharray={look.dash}
                  />
                  <MarkerDot cx={18} cy={7} shape={look.marker} colour={look.colour} />
                </svg>
                {s.label}
              </li>
            )
          );
        })}
        {markers.length > 0 && (
          <li>
            <svg width="36" height="14" aria-hidden="true">
              <line x1="18" y1="0" x2="18" y2="14" stroke={axis} strokeDasharray="3 3" />
            </svg>

            {intl.formatMessage({
              id: 'progress.progressChartView.newPlanVersionV1',
              defaultMessage: 'New plan version (v1, v2…)',
            })}
          </li>
        )}
      </ul>
      <LineChart
        width={560}
        height={220}
        data={rows}
        margin={{ top: 18, right: 24, bottom: 4, left: 0 }}
        title={intl.formatMessage(
          { id: 'progress.progressChartView.atEachVisit', defaultMessage: '{title} at each visit' },
          { title: chart.title },
        )}
        accessibilityLayer
      >
        <CartesianGrid stroke={tokenColour('--color-chart-grid')} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={chart.dates.map(time)}
          tickFormatter={shortDate}
          stroke={axis}
        />
        <YAxis domain={[chart.min, chart.max]} allowDecimals={false} stroke={axis} width={44} />
        <Tooltip labelFormatter={(v) => shortDate(Number(v))} />
        {markers.map((m) => (
          <ReferenceLine
            key={m.version}
            x={time(m.date)}
            stroke={axis}
            strokeDasharray="3 3"
            label={{ value: `v${m.version}`, position: 'top', fill: axis }}
          />
        ))}
        {chart.series.map((s, j) => {
          const look = looks[j % looks.length];
          if (!look) return null;
          return (
            <Line
              key={s.label}
              dataKey={`s${j}`}
              name={s.label}
              type="linear"
              stroke={look.colour}
              strokeWidth={2}
              strokeDasharray={look.dash}
              connectNulls
              isAnimationActive={false}
              dot={(p: { cx?: number; cy?: number; index?: number }) => (
                <MarkerDot
                  key={`${s.label}-${p.index}`}
                  cx={p.cx}
                  cy={p.cy}
                  shape={look.marker}
                  colour={look.colour}
                />
              )}
            />
          );
        })}
      </LineChart>
      <ProgressTable chart={chart} />
    </section>
  );
}
