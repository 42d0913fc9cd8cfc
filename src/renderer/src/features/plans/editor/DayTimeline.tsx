import { useIntl } from 'react-intl';
interface Block {
  start?: string;
  end?: string;
  kind?: 'activity' | 'rest';
  label?: string;
}

const minutes = (time: string | undefined) => {
  const [h, m] = (time ?? '').split(':').map(Number);
  return h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)
    ? null
    : h * 60 + m;
};

/** A picture of the day from 6am to 10pm: activity and rest blocks to scale. */
export function DayTimeline({ blocks }: { blocks: readonly Block[] }) {
  const intl = useIntl();
  const from = 6 * 60;
  const to = 22 * 60;
  const placed = blocks.flatMap((b) => {
    const start = minutes(b.start);
    const end = minutes(b.end);
    if (start === null || end === null || end <= start) return [];
    const left = ((Math.max(start, from) - from) / (to - from)) * 100;
    const width = ((Math.min(end, to) - Math.max(start, from)) / (to - from)) * 100;
    return width > 0 ? [{ ...b, left, width }] : [];
  });
  if (placed.length === 0)
    return (
      <p className="muted">
        {intl.formatMessage({
          id: 'plans.editor.dayTimeline.noTimetableYetAdd',
          defaultMessage:
            'No timetable yet. Add blocks of activity and rest to plan a typical day.',
        })}
      </p>
    );
  return (
    <div className="day-timeline" aria-hidden="true">
      {placed.map((b, i) => (
        <div
          key={i}
          className={`day-block day-${b.kind}`}
          style={{ left: `${b.left}%`, width: `${b.width}%` }}
          title={`${b.start}–${b.end} ${b.label ?? ''}`}
        >
          <span>{b.label}</span>
        </div>
      ))}
      <div className="day-scale">
        {[6, 9, 12, 15, 18, 21].map((h) => (
          <span key={h} style={{ left: `${((h * 60 - from) / (to - from)) * 100}%` }}>
            {h}:00
          </span>
        ))}
      </div>
    </div>
  );
}
