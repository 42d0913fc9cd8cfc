import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';
import { formatDate, localToday } from '../../../../shared/domain/dates.ts';
import type { UpcomingSession } from '../../../../shared/domain/session.ts';
import { slotText, VISIT_PLACE_LABELS } from '../../../../shared/domain/visit-slot.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { addDays, longDay, weekStart } from './calendar-dates.ts';
import { usePlannedVisits } from './queries.ts';
import { useIntl } from 'react-intl';

type View = 'day' | 'week';

/** "09:00–09:45, Smith, Ann, Clinic": what a visit's link says, and so its accessible name. */
function visitName(v: UpcomingSession): string {
  const when = v.slot ? slotText(v.slot) : 'No time set';
  const where = v.slot ? `, ${VISIT_PLACE_LABELS[v.slot.place]}` : '';
  return `${when}, ${v.patientName}${where}`;
}

function VisitList({ visits }: { visits: UpcomingSession[] }) {
  const intl = useIntl();
  if (visits.length === 0)
    return (
      <p className="muted">
        {intl.formatMessage({
          id: 'sessions.visitCalendar.noVisitsPlanned',
          defaultMessage: 'No visits planned.',
        })}
      </p>
    );
  return (
    <ul className="calendar-visits">
      {visits.map((v) => (
        <li key={v.id}>
          <Link to={`/patients/${v.patientId}/sessions/${v.id}`}>{visitName(v)}</Link>
          <span className="muted"> · {v.therapist}</span>
        </li>
      ))}
    </ul>
  );
}

/** One day of the week view, under its own heading. */
function DayVisits({
  day,
  visits,
  today,
}: {
  day: string;
  visits: UpcomingSession[];
  today: string;
}) {
  const intl = useIntl();
  const headingId = `calendar-day-${day}`;
  return (
    <section aria-labelledby={headingId} className="calendar-day">
      <h3 id={headingId}>
        {longDay(day)}
        {day === today
          ? ' ' +
            intl.formatMessage({ id: 'sessions.visitCalendar.today', defaultMessage: '(today)' })
          : ''}
      </h3>
      <VisitList visits={visits} />
    </section>
  );
}

/**
 * Planned visits by day or by week, moved through with buttons (and Page Up / Page Down
 * anywhere in the view); each visit is a link named by its time, patient and place.
 */
export function VisitCalendar() {
  const intl = useIntl();
  const today = localToday();
  const [view, setView] = useState<View>('day');
  const [anchor, setAnchor] = useState(today);
  const from = view === 'day' ? anchor : weekStart(anchor);
  const to = view === 'day' ? anchor : addDays(from, 6);
  const visits = usePlannedVisits(from, to);
  const step = view === 'day' ? 1 : 7;
  const move = (n: number) => setAnchor(addDays(anchor, n * step));
  const days = Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(from, i));
  const title =
    view === 'day'
      ? longDay(from)
      : `Week of ${formatDate(from, intl.locale)} to ${formatDate(to, intl.locale)}`;

  return (
    <section
      aria-labelledby="calendar-heading"
      className="visit-calendar"
      onKeyDown={(e) => {
        if (e.key === 'PageUp' || e.key === 'PageDown') {
          e.preventDefault();
          move(e.key === 'PageUp' ? -1 : 1);
        }
      }}
    >
      <div className="calendar-toolbar">
        <RadioGroup
          className="calendar-view"
          orientation="horizontal"
          value={view}
          onChange={(v) => setView(v as View)}
        >
          <Label>
            {intl.formatMessage({ id: 'sessions.visitCalendar.show', defaultMessage: 'Show' })}
          </Label>
          <Radio value="day" className="radio">
            <span className="radio-dot" aria-hidden="true" />

            {intl.formatMessage({ id: 'sessions.visitCalendar.day', defaultMessage: 'Day' })}
          </Radio>
          <Radio value="week" className="radio">
            <span className="radio-dot" aria-hidden="true" />

            {intl.formatMessage({ id: 'sessions.visitCalendar.week', defaultMessage: 'Week' })}
          </Radio>
        </RadioGroup>
        <div className="calendar-moves">
          <Button className="button" onPress={() => move(-1)}>
            {view === 'day'
              ? intl.formatMessage({
                  id: 'sessions.visitCalendar.previousDay',
                  defaultMessage: 'Previous day',
                })
              : intl.formatMessage({
                  id: 'sessions.visitCalendar.previousWeek',
                  defaultMessage: 'Previous week',
                })}
          </Button>
          <Button className="button" onPress={() => setAnchor(today)} isDisabled={anchor === today}>
            {intl.formatMessage({ id: 'sessions.visitCalendar.today2', defaultMessage: 'Today' })}
          </Button>
          <Button className="button" onPress={() => move(1)}>
            {view === 'day'
              ? intl.formatMessage({
                  id: 'sessions.visitCalendar.nextDay',
                  defaultMessage: 'Next day',
                })
              : intl.formatMessage({
                  id: 'sessions.visitCalendar.nextWeek',
                  defaultMessage: 'Next week',
                })}
          </Button>
        </div>
      </div>
      <h2 id="calendar-heading" aria-live="polite">
        {title}
      </h2>
      <QueryState
        query={visits}
        subject={intl.formatMessage({
          id: 'sessions.visitCalendar.thePlannedVisits',
          defaultMessage: 'The planned visits',
        })}
        showLoading={false}
      />
      {visits.isSuccess && view === 'day' && <VisitList visits={visits.data} />}
      {visits.isSuccess &&
        view === 'week' &&
        days.map((day) => (
          <DayVisits
            key={day}
            day={day}
            today={today}
            visits={visits.data.filter((v) => v.sessionDate === day)}
          />
        ))}
    </section>
  );
}
