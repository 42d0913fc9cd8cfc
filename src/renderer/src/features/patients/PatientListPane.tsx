import { withIsoDates } from '../../../../shared/domain/typed-dates.ts';
import { searchText } from '../../lib/search-text.ts';
import { useCallback, useState, type RefObject } from 'react';
import { Button, Checkbox, Input, Label, SearchField } from 'react-aria-components';
import { useMatch, useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { displayName, type PatientSummary } from '../../../../shared/domain/patient.ts';
import { MOD_KEY } from '../../lib/shell.ts';
import { VirtualListBox } from '../../components/VirtualListBox.tsx';
import { usePatientList } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import './patients.css';
import { useIntl } from 'react-intl';

const ROW_HEIGHT = 56;

function PatientRow({ patient }: { patient: PatientSummary }) {
  const intl = useIntl();
  const details = [
    patient.chartNumber
      ? intl.formatMessage(
          { id: 'patients.patientListPane.chart', defaultMessage: 'Chart {chartNumber}' },
          { chartNumber: patient.chartNumber },
        )
      : null,
    patient.dateOfBirth
      ? intl.formatMessage(
          { id: 'patients.patientListPane.born', defaultMessage: 'Born {date}' },
          { date: formatDate(patient.dateOfBirth, intl.locale) },
        )
      : null,
  ].filter(Boolean);
  return (
    <div className="patient-row">
      <span className="patient-row-name">
        {displayName(patient)}
        {patient.archived && (
          <span className="badge">
            {intl.formatMessage({
              id: 'patients.patientListPane.archived',
              defaultMessage: 'Archived',
            })}
          </span>
        )}
      </span>
      <span className="patient-row-details">
        {details.join(' · ') ||
          intl.formatMessage({
            id: 'patients.patientListPane.noChartNumber',
            defaultMessage: 'No chart number',
          })}
      </span>
    </div>
  );
}

/** The left pane: search, the archive switch, and the virtualised patient list. */
export function PatientListPane({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  // Asked at once for what is typed (no deferred render first): the list keeps showing the
  // previous answer until the new one arrives, so only the visible rows render meanwhile.
  // A date of birth typed as this computer's locale writes it is searched as YYYY-MM-DD.
  const list = usePatientList(withIsoDates(searchText(query), navigator.language), includeArchived);
  const patients = list.data?.pages.flatMap((p) => p.patients) ?? [];
  const selectedId = useMatch('/patients/:id/*')?.params.id;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <nav
      className="list-pane"
      aria-label={intl.formatMessage({
        id: 'patients.patientListPane.patients',
        defaultMessage: 'Patients',
      })}
    >
      <div className="list-toolbar">
        <Button className="button primary" onPress={() => void navigate('/patients/new')}>
          {intl.formatMessage({
            id: 'patients.patientListPane.newPatient',
            defaultMessage: 'New patient',
          })}{' '}
          <kbd aria-hidden="true">
            {MOD_KEY}
            {intl.formatMessage({ id: 'patients.patientListPane.n', defaultMessage: 'N' })}
          </kbd>
        </Button>
        <Button className="button" onPress={() => void navigate('/patients/import')}>
          {intl.formatMessage({
            id: 'patients.patientListPane.importRecord',
            defaultMessage: 'Import record…',
          })}
        </Button>
        <SearchField
          value={query}
          onChange={setQuery}
          className="search-field"
          aria-keyshortcuts="Control+F"
        >
          <Label>
            {intl.formatMessage({
              id: 'patients.patientListPane.searchPatients',
              defaultMessage: 'Search patients',
            })}
          </Label>
          <Input
            ref={searchRef}
            placeholder={intl.formatMessage({
              id: 'patients.patientListPane.nameChartNumberOr',
              defaultMessage: 'Name, chart number or date of birth',
            })}
          />
        </SearchField>
        <Checkbox isSelected={includeArchived} onChange={setIncludeArchived} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />

          {intl.formatMessage({
            id: 'patients.patientListPane.showArchivedPatients',
            defaultMessage: 'Show archived patients',
          })}
        </Checkbox>
      </div>
      {list.isError ? (
        <QueryState
          query={list}
          subject={intl.formatMessage({
            id: 'patients.patientListPane.thePatientList',
            defaultMessage: 'The patient list',
          })}
          showLoading={false}
          className="list-message"
        />
      ) : !list.isPending && patients.length === 0 ? (
        <p className="list-message">
          {query.trim()
            ? intl.formatMessage(
                {
                  id: 'patients.patientListPane.noPatientsMatchCheck',
                  defaultMessage:
                    'No patients match “{value}”. Check the spelling, or turn on “Show archived patients”.',
                },
                { value: query.trim() },
              )
            : intl.formatMessage({
                id: 'patients.patientListPane.noPatientsYetChoose',
                defaultMessage: 'No patients yet. Choose New patient to add the first one.',
              })}
        </p>
      ) : (
        <VirtualListBox
          items={patients}
          getKey={(p) => p.id}
          renderItem={(p) => <PatientRow patient={p} />}
          label={intl.formatMessage({
            id: 'patients.patientListPane.patientList',
            defaultMessage: 'Patient list',
          })}
          className="patient-list"
          rowHeight={ROW_HEIGHT}
          selectedKey={selectedId ?? null}
          onSelect={(id) => id !== selectedId && void navigate(`/patients/${id}`)}
          onNearEnd={loadMore}
          hasMore={list.hasNextPage}
        />
      )}
      <p className="list-status" role="status">
        {list.isFetchingNextPage
          ? intl.formatMessage({
              id: 'patients.patientListPane.loadingMorePatients',
              defaultMessage: 'Loading more patients…',
            })
          : ''}
      </p>
    </nav>
  );
}
