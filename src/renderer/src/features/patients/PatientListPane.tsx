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

const ROW_HEIGHT = 56;

function PatientRow({ patient }: { patient: PatientSummary }) {
  const details = [
    patient.chartNumber ? `Chart ${patient.chartNumber}` : null,
    patient.dateOfBirth ? `Born ${formatDate(patient.dateOfBirth)}` : null,
  ].filter(Boolean);
  return (
    <div className="patient-row">
      <span className="patient-row-name">
        {displayName(patient)}
        {patient.archived && <span className="badge">Archived</span>}
      </span>
      <span className="patient-row-details">{details.join(' · ') || 'No chart number'}</span>
    </div>
  );
}

/** The left pane: search, the archive switch, and the virtualised patient list. */
export function PatientListPane({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
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
    <nav className="list-pane" aria-label="Patients">
      <div className="list-toolbar">
        <Button className="button primary" onPress={() => void navigate('/patients/new')}>
          New patient <kbd aria-hidden="true">{MOD_KEY}N</kbd>
        </Button>
        <Button className="button" onPress={() => void navigate('/patients/import')}>
          Import record…
        </Button>
        <SearchField
          value={query}
          onChange={setQuery}
          className="search-field"
          aria-keyshortcuts="Control+F"
        >
          <Label>Search patients</Label>
          <Input ref={searchRef} placeholder="Name, chart number or date of birth" />
        </SearchField>
        <Checkbox isSelected={includeArchived} onChange={setIncludeArchived} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          Show archived patients
        </Checkbox>
      </div>
      {list.isError ? (
        <QueryState
          query={list}
          subject="The patient list"
          showLoading={false}
          className="list-message"
        />
      ) : !list.isPending && patients.length === 0 ? (
        <p className="list-message">
          {query.trim()
            ? `No patients match “${query.trim()}”. Check the spelling, or turn on “Show archived patients”.`
            : 'No patients yet. Choose New patient to add the first one.'}
        </p>
      ) : (
        <VirtualListBox
          items={patients}
          getKey={(p) => p.id}
          renderItem={(p) => <PatientRow patient={p} />}
          label="Patient list"
          className="patient-list"
          rowHeight={ROW_HEIGHT}
          selectedKey={selectedId ?? null}
          onSelect={(id) => id !== selectedId && void navigate(`/patients/${id}`)}
          onNearEnd={loadMore}
          hasMore={list.hasNextPage}
        />
      )}
      <p className="list-status" role="status">
        {list.isFetchingNextPage ? 'Loading more patients…' : ''}
      </p>
    </nav>
  );
}
