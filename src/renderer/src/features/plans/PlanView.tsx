import {
  catalogueItemName,
  ENERGY_P_LABELS,
  ENERGY_P_VARIANTS,
  DAILY_ACTIVITIES,
  DAILY_ACTIVITY_LABELS,
} from '../../../../shared/domain/catalogue.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { summarizeJoints } from '../../../../shared/domain/joints.ts';
import { ICF_CODES } from '../../../../shared/domain/plan.ts';
import type { PlanSnapshot } from '../../../../shared/domain/plan-snapshot.ts';
import { describePattern } from '../../../../shared/domain/schedule.ts';
import { DayTimeline } from './editor/DayTimeline.tsx';
import { FactList } from '../../components/FactList.tsx';

const SIDE_LABELS = {
  right: 'Right',
  left: 'Left',
  both: 'Both sides',
  unset: 'Side not chosen',
} as const;

/**
 * A plan as it was given: read-only, in the order of the handout, drawn from its frozen
 * snapshot alone (the catalogue words it used then, whatever the catalogue says now).
 */
export function PlanView({ snapshot }: { snapshot: PlanSnapshot }) {
  const c = snapshot.plan.content;
  const entry = (id: string) => snapshot.catalogue[id];
  const name = (id: string) => {
    const content = entry(id);
    return content ? catalogueItemName(content) : id;
  };
  return (
    <div className="plan-view">
      <FactList
        facts={[
          ['Title', c.title],
          ['Plan date', formatDate(c.planDate)],
          ['Therapist', c.therapist || 'Not set'],
          ['Review date', c.reviewDate ? formatDate(c.reviewDate) : 'Not set'],
          ['Affected joints', summarizeJoints(c.affectedJoints)],
        ]}
      />
      <section aria-labelledby="view-goals">
        <h2 id="view-goals">Goals</h2>
        {c.goals.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {c.goals.map((g, i) => (
              <li key={i}>
                {g.text}
                {g.icfCode && (
                  <span className="muted">
                    {' '}
                    ({g.icfCode} {ICF_CODES[g.icfCode]})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="view-orthoses">
        <h2 id="view-orthoses">Splints and braces</h2>
        {c.orthoses.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          c.orthoses.map((o, i) => (
            <div key={i} className="item-card">
              <h3>
                {name(o.catalogueId)}{' '}
                <span className="muted">({SIDE_LABELS[o.side ?? 'unset']})</span>
              </h3>
              <p>{describePattern(o.schedule.usual)}</p>
              {o.schedule.flare && <p>During a flare: {describePattern(o.schedule.flare)}</p>}
              {o.schedule.stable && <p>When stable: {describePattern(o.schedule.stable)}</p>}
              {o.precautions && <p>Take care: {o.precautions}</p>}
              {o.notes && <p className="notes">{o.notes}</p>}
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="view-equipment">
        <h2 id="view-equipment">Equipment</h2>
        {c.equipment.length === 0 && <p className="muted">None.</p>}
        {DAILY_ACTIVITIES.map((activity) => {
          const items = c.equipment.filter((e) => {
            const content = entry(e.catalogueId);
            return content?.kind === 'equipment' && content.activity === activity;
          });
          return items.length === 0 ? null : (
            <div key={activity}>
              <h3>{DAILY_ACTIVITY_LABELS[activity]}</h3>
              <ul>
                {items.map((e, i) => (
                  <li key={i}>
                    {name(e.catalogueId)}
                    {e.reason && <span className="muted">: {e.reason}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="view-rest">
        <h2 id="view-rest">Rest and pacing</h2>
        {c.rest.breakRule ? (
          <p>
            Rest for {c.rest.breakRule.restMinutes} minutes every {c.rest.breakRule.everyMinutes}{' '}
            minutes of activity.
          </p>
        ) : (
          <p className="muted">No break rule.</p>
        )}
        {c.rest.timetable.length > 0 && (
          <>
            <DayTimeline blocks={c.rest.timetable} />
            <ul className="timetable-list">
              {c.rest.timetable.map((b, i) => (
                <li key={i}>
                  {b.start}–{b.end} {b.kind === 'rest' ? 'Rest' : 'Activity'}: {b.label}
                </li>
              ))}
            </ul>
          </>
        )}
        {c.rest.strategies.length > 0 && (
          <>
            <p>Energy saving, taught as {ENERGY_P_VARIANTS[c.rest.energyPs].label}.</p>
            <ul>
              {c.rest.strategies.map((s) => {
                const content = entry(s.catalogueId);
                const p = content?.kind === 'strategy' ? ENERGY_P_LABELS[content.p] : null;
                return (
                  <li key={s.catalogueId}>
                    {p && <strong>{p}: </strong>}
                    {name(s.catalogueId)}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="view-principles">
        <h2 id="view-principles">Joint-protection principles</h2>
        {c.principles.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {c.principles.map((p, i) => (
              <li key={i}>
                <strong>{name(p.catalogueId)}</strong>
                {p.example && <>: {p.example}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
