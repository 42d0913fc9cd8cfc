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
import { defineMessages, useIntl } from 'react-intl';

const SIDE_LABELS = defineMessages({
  right: { id: 'plans.planView.side.right', defaultMessage: 'Right' },
  left: { id: 'plans.planView.side.left', defaultMessage: 'Left' },
  both: { id: 'plans.planView.side.both', defaultMessage: 'Both sides' },
  unset: { id: 'plans.planView.side.unset', defaultMessage: 'Side not chosen' },
});

/**
 * A plan as it was given: read-only, in the order of the handout, drawn from its frozen
 * snapshot alone (the catalogue words it used then, whatever the catalogue says now).
 */
export function PlanView({ snapshot }: { snapshot: PlanSnapshot }) {
  const intl = useIntl();
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
          [
            intl.formatMessage({ id: 'plans.planView.fact.title', defaultMessage: 'Title' }),
            c.title,
          ],
          [
            intl.formatMessage({ id: 'plans.planView.fact.planDate', defaultMessage: 'Plan date' }),
            formatDate(c.planDate, intl.locale),
          ],
          [
            intl.formatMessage({
              id: 'plans.planView.fact.therapist',
              defaultMessage: 'Therapist',
            }),
            c.therapist ||
              intl.formatMessage({ id: 'plans.planView.notSet', defaultMessage: 'Not set' }),
          ],
          [
            intl.formatMessage({
              id: 'plans.planView.fact.reviewDate',
              defaultMessage: 'Review date',
            }),
            c.reviewDate
              ? formatDate(c.reviewDate, intl.locale)
              : intl.formatMessage({ id: 'plans.planView.notSet', defaultMessage: 'Not set' }),
          ],
          [
            intl.formatMessage({
              id: 'plans.planView.fact.affectedJoints',
              defaultMessage: 'Affected joints',
            }),
            summarizeJoints(c.affectedJoints),
          ],
        ]}
      />
      <section aria-labelledby="view-goals">
        <h2 id="view-goals">
          {intl.formatMessage({ id: 'plans.planView.goals', defaultMessage: 'Goals' })}
        </h2>
        {c.goals.length === 0 ? (
          <p className="muted">
            {intl.formatMessage({ id: 'plans.planView.none', defaultMessage: 'None.' })}
          </p>
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
        <h2 id="view-orthoses">
          {intl.formatMessage({
            id: 'plans.planView.splintsAndBraces',
            defaultMessage: 'Splints and braces',
          })}
        </h2>
        {c.orthoses.length === 0 ? (
          <p className="muted">
            {intl.formatMessage({ id: 'plans.planView.none', defaultMessage: 'None.' })}
          </p>
        ) : (
          c.orthoses.map((o, i) => (
            <div key={i} className="item-card">
              <h3>
                {name(o.catalogueId)}{' '}
                <span className="muted">
                  ({intl.formatMessage(SIDE_LABELS[o.side ?? 'unset'])})
                </span>
              </h3>
              <p>{describePattern(o.schedule.usual)}</p>
              {o.schedule.flare && (
                <p>
                  {intl.formatMessage({
                    id: 'plans.planView.duringAFlare',
                    defaultMessage: 'During a flare:',
                  })}{' '}
                  {describePattern(o.schedule.flare)}
                </p>
              )}
              {o.schedule.stable && (
                <p>
                  {intl.formatMessage({
                    id: 'plans.planView.whenStable',
                    defaultMessage: 'When stable:',
                  })}{' '}
                  {describePattern(o.schedule.stable)}
                </p>
              )}
              {o.precautions && (
                <p>
                  {intl.formatMessage({
                    id: 'plans.planView.takeCare',
                    defaultMessage: 'Take care:',
                  })}{' '}
                  {o.precautions}
                </p>
              )}
              {o.notes && <p className="notes">{o.notes}</p>}
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="view-equipment">
        <h2 id="view-equipment">
          {intl.formatMessage({ id: 'plans.planView.equipment', defaultMessage: 'Equipment' })}
        </h2>
        {c.equipment.length === 0 && (
          <p className="muted">
            {intl.formatMessage({ id: 'plans.planView.none', defaultMessage: 'None.' })}
          </p>
        )}
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
        <h2 id="view-rest">
          {intl.formatMessage({
            id: 'plans.planView.restAndPacing',
            defaultMessage: 'Rest and pacing',
          })}
        </h2>
        {c.rest.breakRule ? (
          <p>
            {intl.formatMessage({ id: 'plans.planView.restFor', defaultMessage: 'Rest for' })}{' '}
            {c.rest.breakRule.restMinutes}{' '}
            {intl.formatMessage({
              id: 'plans.planView.minutesEvery',
              defaultMessage: 'minutes every',
            })}{' '}
            {c.rest.breakRule.everyMinutes}{' '}
            {intl.formatMessage({
              id: 'plans.planView.minutesOfActivity',
              defaultMessage: 'minutes of activity.',
            })}
          </p>
        ) : (
          <p className="muted">
            {intl.formatMessage({
              id: 'plans.planView.noBreakRule',
              defaultMessage: 'No break rule.',
            })}
          </p>
        )}
        {c.rest.timetable.length > 0 && (
          <>
            <DayTimeline blocks={c.rest.timetable} />
            <ul className="timetable-list">
              {c.rest.timetable.map((b, i) => (
                <li key={i}>
                  {b.start}–{b.end}{' '}
                  {b.kind === 'rest'
                    ? intl.formatMessage({ id: 'plans.planView.rest', defaultMessage: 'Rest' })
                    : intl.formatMessage({
                        id: 'plans.planView.activity',
                        defaultMessage: 'Activity',
                      })}
                  : {b.label}
                </li>
              ))}
            </ul>
          </>
        )}
        {c.rest.strategies.length > 0 && (
          <>
            <p>
              {intl.formatMessage({
                id: 'plans.planView.energySavingTaughtAs',
                defaultMessage: 'Energy saving, taught as',
              })}{' '}
              {ENERGY_P_VARIANTS[c.rest.energyPs].label}.
            </p>
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
        <h2 id="view-principles">
          {intl.formatMessage({
            id: 'plans.planView.jointProtectionPrinciples',
            defaultMessage: 'Joint-protection principles',
          })}
        </h2>
        {c.principles.length === 0 ? (
          <p className="muted">
            {intl.formatMessage({ id: 'plans.planView.none', defaultMessage: 'None.' })}
          </p>
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
