import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { formatDate, localToday } from '../../../../shared/domain/dates.ts';
import { displayName, type Patient } from '../../../../shared/domain/patient.ts';
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
import { handoutLanguageName } from '../../../../shared/domain/handout-languages.ts';
import { useIntl } from 'react-intl';
import { DISEASE_STAGE_MESSAGES } from '../../lib/domain-messages.ts';

function Facts({ patient }: { patient: Patient }) {
  const intl = useIntl();
  const facts: Fact[] = [
    [
      intl.formatMessage({
        id: 'patients.patientDetailPage.dateOfBirth',
        defaultMessage: 'Date of birth',
      }),
      patient.dateOfBirth
        ? intl.formatMessage(
            { id: 'patients.patientDetailPage.age', defaultMessage: '{value} (age {value2})' },
            {
              value: formatDate(patient.dateOfBirth, intl.locale),
              value2: ageInYears(patient.dateOfBirth, localToday()),
            },
          )
        : intl.formatMessage({
            id: 'patients.patientDetailPage.notRecorded',
            defaultMessage: 'Not recorded',
          }),
    ],
    [
      intl.formatMessage({
        id: 'patients.patientDetailPage.chartNumber',
        defaultMessage: 'Chart number',
      }),
      patient.chartNumber ??
        intl.formatMessage({ id: 'patients.patientDetailPage.none', defaultMessage: 'None' }),
    ],
    [
      intl.formatMessage({ id: 'patients.patientDetailPage.phone', defaultMessage: 'Phone' }),
      patient.phone ??
        intl.formatMessage({
          id: 'patients.patientDetailPage.notRecorded',
          defaultMessage: 'Not recorded',
        }),
    ],
    [
      intl.formatMessage({
        id: 'patients.patientDetailPage.diagnosis',
        defaultMessage: 'Diagnosis',
      }),
      patient.diagnosis ??
        intl.formatMessage({
          id: 'patients.patientDetailPage.notRecorded',
          defaultMessage: 'Not recorded',
        }),
    ],
    [
      intl.formatMessage({
        id: 'patients.patientDetailPage.diseaseStage',
        defaultMessage: 'Disease stage',
      }),
      patient.diseaseStage
        ? intl.formatMessage(DISEASE_STAGE_MESSAGES[patient.diseaseStage])
        : intl.formatMessage({
            id: 'patients.patientDetailPage.notRecorded',
            defaultMessage: 'Not recorded',
          }),
    ],
    [
      intl.formatMessage({
        id: 'patients.patientDetailPage.handoutLanguage',
        defaultMessage: 'Handout language',
      }),
      patient.handoutLanguage
        ? handoutLanguageName(patient.handoutLanguage)
        : intl.formatMessage({
            id: 'patients.patientDetailPage.clinicHandoutLanguage',
            defaultMessage: 'The clinic’s',
          }),
    ],
  ];
  return <FactList facts={facts} />;
}

export function PatientDetailPage() {
  const intl = useIntl();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const query = usePatient(id);
  const archive = useArchivePatient();
  const remove = useDeletePatient();
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (!query.isSuccess)
    return (
      <QueryState
        query={query}
        subject={intl.formatMessage({
          id: 'patients.patientDetailPage.thisPatient',
          defaultMessage: 'This patient',
        })}
      />
    );
  const patient = query.data;
  const name = `${patient.givenName} ${patient.familyName}`;
  const archived = patient.archivedAt !== null;

  const setArchived = (value: boolean) =>
    archive.mutate(
      { id, archive: value },
      {
        onSuccess: () =>
          toast.success(
            value
              ? intl.formatMessage(
                  { id: 'patients.patientDetailPage.archived2', defaultMessage: '{name} archived' },
                  { name },
                )
              : intl.formatMessage(
                  { id: 'patients.patientDetailPage.restored', defaultMessage: '{name} restored' },
                  { name },
                ),
          ),
        onError: (e) => toast.error(e.message),
      },
    );
  const deleteForever = () =>
    remove.mutate(id, {
      onSuccess: () => {
        toast.success(
          intl.formatMessage(
            { id: 'patients.patientDetailPage.deleted', defaultMessage: '{name} deleted' },
            { name },
          ),
        );
        void navigate('/');
      },
      onError: (e) => toast.error(e.message),
    });

  return (
    <article className="patient-detail" aria-labelledby="patient-heading">
      <header className="detail-header">
        <h1 id="patient-heading">
          {displayName(patient)}
          {archived && (
            <span className="badge">
              {intl.formatMessage({
                id: 'patients.patientDetailPage.archived',
                defaultMessage: 'Archived',
              })}
            </span>
          )}
        </h1>
        <div className="detail-actions">
          <Button className="button primary" onPress={() => void navigate(`/patients/${id}/edit`)}>
            {intl.formatMessage({ id: 'patients.patientDetailPage.edit', defaultMessage: 'Edit' })}
          </Button>
          <Button className="button" onPress={() => setArchived(!archived)}>
            {archived
              ? intl.formatMessage({
                  id: 'patients.patientDetailPage.restore',
                  defaultMessage: 'Restore',
                })
              : intl.formatMessage({
                  id: 'patients.patientDetailPage.archive',
                  defaultMessage: 'Archive',
                })}
          </Button>
          <ExportRecordButton patientId={id} />
          {archived && (
            <Button className="button danger" onPress={() => setConfirmDelete(true)}>
              {intl.formatMessage({
                id: 'patients.patientDetailPage.deletePermanently',
                defaultMessage: 'Delete permanently…',
              })}
            </Button>
          )}
        </div>
      </header>
      {archived && (
        <p className="notice">
          {intl.formatMessage({
            id: 'patients.patientDetailPage.archivedOn',
            defaultMessage: 'Archived on',
          })}{' '}
          {formatDate(patient.archivedAt?.slice(0, 10) ?? '', intl.locale)}
          {intl.formatMessage({
            id: 'patients.patientDetailPage.archivedPatientsAreHidden',
            defaultMessage:
              '. Archived patients are hidden from the list until you turn on “Show archived patients”. Restore to make them active again.',
          })}
        </p>
      )}
      <Facts patient={patient} />
      <PatientPlans patientId={id} stage={patient.diseaseStage} />
      <PatientSessions patientId={id} archived={archived} />
      <PatientProgress patientId={id} />
      <section aria-labelledby="joints-heading">
        <h2 id="joints-heading">
          {intl.formatMessage({
            id: 'patients.patientDetailPage.affectedJoints',
            defaultMessage: 'Affected joints',
          })}
        </h2>
        <JointSummary joints={patient.affectedJoints} />
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">
          {intl.formatMessage({ id: 'patients.patientDetailPage.notes', defaultMessage: 'Notes' })}
        </h2>
        <p className="notes">
          {patient.notes ||
            intl.formatMessage({
              id: 'patients.patientDetailPage.noNotes',
              defaultMessage: 'No notes.',
            })}
        </p>
      </section>
      <PatientTimeline patientId={id} />
      <ConfirmDialog
        isOpen={confirmDelete}
        title={intl.formatMessage(
          {
            id: 'patients.patientDetailPage.deletePermanently2',
            defaultMessage: 'Delete {name} permanently?',
          },
          { name },
        )}
        confirmLabel={intl.formatMessage({
          id: 'patients.patientDetailPage.deletePermanently3',
          defaultMessage: 'Delete permanently',
        })}
        destructive
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          deleteForever();
        }}
      >
        <p>
          {intl.formatMessage({
            id: 'patients.patientDetailPage.thisErases',
            defaultMessage: 'This erases',
          })}{' '}
          {name}
          {intl.formatMessage({
            id: 'patients.patientDetailPage.sDetailsAffectedJoints',
            defaultMessage:
              '’s details, affected joints and notes from this computer. It cannot be undone.',
          })}
        </p>
        <p>
          {intl.formatMessage({
            id: 'patients.patientDetailPage.toKeepTheRecord',
            defaultMessage:
              'To keep the record but hide it, close this and leave the patient archived.',
          })}
        </p>
      </ConfirmDialog>
    </article>
  );
}
