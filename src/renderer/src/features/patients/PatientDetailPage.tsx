import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { formatDate, localToday } from '../../../../shared/domain/dates.ts';
import {
  DISEASE_STAGE_LABELS,
  displayName,
  type Patient,
} from '../../../../shared/domain/patient.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ageInYears } from './age.ts';
import { PatientPlans } from '../plans/PatientPlans.tsx';
import { PatientTimeline } from '../history/PatientTimeline.tsx';
import { ExportRecordButton } from '../records/ExportRecordButton.tsx';
import { PatientSessions } from '../sessions/PatientSessions.tsx';
import { PatientProgress } from '../progress/PatientProgress.tsx';
import { JointSummary } from '../../components/joint-picker/JointSummary.tsx';
import { useArchivePatient, useDeletePatient, usePatient } from './queries.ts';
import { FactList, type Fact } from '../../components/FactList.tsx';
import { QueryState } from '../../components/QueryState.tsx';

function Facts({ patient }: { patient: Patient }) {
  const facts: Fact[] = [
    [
      'Date of birth',
      patient.dateOfBirth
        ? `${formatDate(patient.dateOfBirth)} (age ${ageInYears(patient.dateOfBirth, localToday())})`
        : 'Not recorded',
    ],
    ['Chart number', patient.chartNumber ?? 'None'],
    ['Phone', patient.phone ?? 'Not recorded'],
    ['Diagnosis', patient.diagnosis ?? 'Not recorded'],
    [
      'Disease stage',
      patient.diseaseStage ? DISEASE_STAGE_LABELS[patient.diseaseStage] : 'Not recorded',
    ],
  ];
  return <FactList facts={facts} />;
}

export function PatientDetailPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const query = usePatient(id);
  const archive = useArchivePatient();
  const remove = useDeletePatient();
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (!query.isSuccess) return <QueryState query={query} subject="This patient" />;
  const patient = query.data;
  const name = `${patient.givenName} ${patient.familyName}`;
  const archived = patient.archivedAt !== null;

  const setArchived = (value: boolean) =>
    archive.mutate(
      { id, archive: value },
      {
        onSuccess: () => toast.success(value ? `${name} archived` : `${name} restored`),
        onError: (e) => toast.error(e.message),
      },
    );
  const deleteForever = () =>
    remove.mutate(id, {
      onSuccess: () => {
        toast.success(`${name} deleted`);
        void navigate('/');
      },
      onError: (e) => toast.error(e.message),
    });

  return (
    <article className="patient-detail" aria-labelledby="patient-heading">
      <header className="detail-header">
        <h1 id="patient-heading">
          {displayName(patient)}
          {archived && <span className="badge">Archived</span>}
        </h1>
        <div className="detail-actions">
          <Button className="button primary" onPress={() => void navigate(`/patients/${id}/edit`)}>
            Edit
          </Button>
          <Button className="button" onPress={() => setArchived(!archived)}>
            {archived ? 'Restore' : 'Archive'}
          </Button>
          <ExportRecordButton patientId={id} />
          {archived && (
            <Button className="button danger" onPress={() => setConfirmDelete(true)}>
              Delete permanently…
            </Button>
          )}
        </div>
      </header>
      {archived && (
        <p className="notice">
          Archived on {formatDate(patient.archivedAt?.slice(0, 10) ?? '')}. Archived patients are
          hidden from the list until you turn on “Show archived patients”. Restore to make them
          active again.
        </p>
      )}
      <Facts patient={patient} />
      <PatientPlans patientId={id} stage={patient.diseaseStage} />
      <PatientSessions patientId={id} archived={archived} />
      <PatientProgress patientId={id} />
      <section aria-labelledby="joints-heading">
        <h2 id="joints-heading">Affected joints</h2>
        <JointSummary joints={patient.affectedJoints} />
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <p className="notes">{patient.notes || 'No notes.'}</p>
      </section>
      <PatientTimeline patientId={id} />
      <ConfirmDialog
        isOpen={confirmDelete}
        title={`Delete ${name} permanently?`}
        confirmLabel="Delete permanently"
        destructive
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          deleteForever();
        }}
      >
        <p>
          This erases {name}’s details, affected joints and notes from this computer. It cannot be
          undone.
        </p>
        <p>To keep the record but hide it, close this and leave the patient archived.</p>
      </ConfirmDialog>
    </article>
  );
}
