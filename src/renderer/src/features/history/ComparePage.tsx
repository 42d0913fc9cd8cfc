import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { PlanChange, PlanVersionRef } from '../../../../shared/domain/history.ts';
import { PLAN_STATUS_LABELS } from './labels.ts';
import { useComparison } from './queries.ts';
import './history.css';
import { Loading } from '../../components/QueryState.tsx';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { useIntl } from 'react-intl';

const KIND_LABELS: Record<PlanChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

const versionName = (v: PlanVersionRef) =>
  `version ${v.version} (${formatDate(v.planDate)}, ${PLAN_STATUS_LABELS[v.status].toLowerCase()})`;

function ChangeTable({
  section,
  changes,
  from,
  to,
}: {
  section: string;
  changes: PlanChange[];
  from: PlanVersionRef;
  to: PlanVersionRef;
}) {
  const intl = useIntl();
  const id = `compare-${section.replace(/\W+/g, '-').toLowerCase()}`;
  const cell = (text: string | null, absent: string) =>
    text === null ? <span className="compare-empty">{absent}</span> : text;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{section}</h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">
              {intl.formatMessage({ id: 'history.comparePage.change', defaultMessage: 'Change' })}
            </th>
            <th scope="col">
              {intl.formatMessage({ id: 'history.comparePage.what', defaultMessage: 'What' })}
            </th>
            <th scope="col">
              {intl.formatMessage({ id: 'history.comparePage.version', defaultMessage: 'Version' })}{' '}
              {from.version}
            </th>
            <th scope="col">
              {intl.formatMessage({ id: 'history.comparePage.version', defaultMessage: 'Version' })}{' '}
              {to.version}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i}>
              <td className={`compare-kind compare-kind-${c.kind}`}>{KIND_LABELS[c.kind]}</td>
              <th scope="row">{c.subject}</th>
              <td>{cell(c.before, `Not in version ${from.version}`)}</td>
              <td>{cell(c.after, `Not in version ${to.version}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Two versions of a plan side by side: what was added, removed and changed, in plain words. */
export function ComparePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const patientId = useParams().id ?? '';
  const [params] = useSearchParams();
  const comparison = useComparison(params.get('from') ?? '', params.get('to') ?? '');
  const back = (
    <Button className="button" onPress={() => void navigate(`/patients/${patientId}`)}>
      {intl.formatMessage({
        id: 'history.comparePage.backToPatient',
        defaultMessage: 'Back to patient',
      })}
    </Button>
  );
  if (!params.get('from') || !params.get('to'))
    return (
      <article className="compare-page">
        <h1>
          {intl.formatMessage({
            id: 'history.comparePage.comparePlanVersions',
            defaultMessage: 'Compare plan versions',
          })}
        </h1>
        <p role="alert">
          {intl.formatMessage({
            id: 'history.comparePage.chooseTwoVersionsIn',
            defaultMessage: 'Choose two versions in the patient’s history to compare them.',
          })}
        </p>
        {back}
      </article>
    );
  if (comparison.isPending) return <Loading />;
  if (comparison.isError)
    return (
      <article className="compare-page">
        <h1>
          {intl.formatMessage({
            id: 'history.comparePage.comparePlanVersions',
            defaultMessage: 'Compare plan versions',
          })}
        </h1>
        <p role="alert">
          {intl.formatMessage({
            id: 'history.comparePage.theseVersionsCouldNot',
            defaultMessage: 'These versions could not be compared:',
          })}{' '}
          {comparison.error.message}
        </p>
        {back}
      </article>
    );
  const { from, to, changes } = comparison.data;
  const sections = [...new Set(changes.map((c) => c.section))];
  const count = (kind: PlanChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return (
    <article aria-labelledby="compare-heading" className="compare-page">
      <header className="detail-header">
        <div>
          <h1 id="compare-heading">
            {intl.formatMessage({
              id: 'history.comparePage.comparePlanVersions',
              defaultMessage: 'Compare plan versions',
            })}{' '}
            {from.version}{' '}
            {intl.formatMessage({ id: 'history.comparePage.and', defaultMessage: 'and' })}{' '}
            {to.version}
          </h1>
          <p className="muted">
            {intl.formatMessage({ id: 'history.comparePage.from', defaultMessage: 'From' })}{' '}
            {versionName(from)}{' '}
            {intl.formatMessage({ id: 'history.comparePage.to', defaultMessage: 'to' })}{' '}
            {versionName(to)}.
          </p>
        </div>
        <div className="detail-actions">{back}</div>
      </header>
      <p>
        <Link to={`/patients/${patientId}/plans/${from.id}`}>
          {intl.formatMessage({
            id: 'history.comparePage.openVersion',
            defaultMessage: 'Open version',
          })}{' '}
          {from.version}
        </Link>
        {' · '}
        <Link to={`/patients/${patientId}/plans/${to.id}`}>
          {intl.formatMessage({
            id: 'history.comparePage.openVersion',
            defaultMessage: 'Open version',
          })}{' '}
          {to.version}
        </Link>
      </p>
      {changes.length === 0 ? (
        <p>
          {intl.formatMessage({
            id: 'history.comparePage.theseTwoVersionsAre',
            defaultMessage: 'These two versions are the same.',
          })}
        </p>
      ) : (
        <p>
          {plural(changes.length, 'difference', 'differences')}: {count('added')}{' '}
          {intl.formatMessage({ id: 'history.comparePage.added', defaultMessage: 'added,' })}{' '}
          {count('removed')}{' '}
          {intl.formatMessage({ id: 'history.comparePage.removed', defaultMessage: 'removed,' })}{' '}
          {count('changed')}{' '}
          {intl.formatMessage({ id: 'history.comparePage.changed', defaultMessage: 'changed.' })}
        </p>
      )}
      {sections.map((section) => (
        <ChangeTable
          key={section}
          section={section}
          changes={changes.filter((c) => c.section === section)}
          from={from}
          to={to}
        />
      ))}
    </article>
  );
}
