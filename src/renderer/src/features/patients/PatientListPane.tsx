import { useDeferredValue, useState, type RefObject } from 'react';
import {
  Button,
  Checkbox,
  Collection,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxLoadMoreItem,
  ListLayout,
  SearchField,
  Virtualizer,
  type Selection,
} from 'react-aria-components';
import { useMatch, useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { displayName, type PatientSummary } from '../../../../shared/domain/patient.ts';
import { MOD_KEY } from '../../app/AppShell.tsx';
import { usePatientList } from './queries.ts';

const ROW_HEIGHT = 56;

function PatientRow({ patient }: { patient: PatientSummary }) {
  const details = [
    patient.chartNumber ? `Chart ${patient.chartNumber}` : null,
    patient.dateOfBirth ? `Born ${formatDate(patient.dateOfBirth)}` : null,
  ].filter(Boolean);
  return (
    <ListBoxItem id={patient.id} textValue={displayName(patient)} className="patient-row">
      <span className="patient-row-name">
        {displayName(patient)}
        {patient.archived && <span className="badge">Archived</span>}
      </span>
      <span className="patient-row-details">{details.join(' · ') || 'No chart number'}</span>
    </ListBoxItem>
  );
}

/** The left pane: search, the archive switch, and the virtualised patient list. */
export function PatientListPane({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const list = usePatientList(deferredQuery.trim(), includeArchived);
  const patients = list.data?.pages.flatMap((p) => p.patients) ?? [];
  const selectedId = useMatch('/patients/:id/*')?.params.id;

  const onSelectionChange = (selection: Selection) => {
    if (selection === 'all') return;
    const [id] = [...selection];
    if (typeof id === 'string' && id !== selectedId) void navigate(`/patients/${id}`);
  };

  return (
    <nav className="list-pane" aria-label="Patients">
      <div className="list-toolbar">
        <Button className="button primary" onPress={() => void navigate('/patients/new')}>
          New patient <kbd aria-hidden="true">{MOD_KEY}N</kbd>
        </Button>
        <SearchField
          value={query}
          onChange={setQuery}
          className="search-field"
          aria-keyshortcuts="Control+F"
        >
          <Label>Search patients</Label>
          <Input ref={searchRef} placeholder="Name or chart number" />
        </SearchField>
        <Checkbox isSelected={includeArchived} onChange={setIncludeArchived} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          Show archived patients
        </Checkbox>
      </div>
      {list.isError ? (
        <p role="alert" className="list-message">
          The patient list could not be loaded: {list.error.message}
        </p>
      ) : !list.isPending && patients.length === 0 ? (
        <p className="list-message">
          {query.trim()
            ? `No patients match “${query.trim()}”. Check the spelling, or turn on “Show archived patients”.`
            : 'No patients yet. Choose New patient to add the first one.'}
        </p>
      ) : (
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
          <ListBox
            aria-label="Patient list"
            className="patient-list"
            selectionMode="single"
            selectionBehavior="replace"
            disallowEmptySelection={false}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelectionChange={onSelectionChange}
          >
            <Collection items={patients}>
              {(patient) => <PatientRow patient={patient} />}
            </Collection>
            <ListBoxLoadMoreItem
              {...(list.hasNextPage ? { onLoadMore: () => void list.fetchNextPage() } : {})}
              isLoading={list.isFetchingNextPage}
            >
              <span className="list-loading">Loading more patients…</span>
            </ListBoxLoadMoreItem>
          </ListBox>
        </Virtualizer>
      )}
    </nav>
  );
}
