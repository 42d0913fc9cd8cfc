import { useNavigate, useParams } from 'react-router';
import {
  displayName,
  emptyPatientInput,
  type Patient,
  type PatientInput,
} from '../../../../shared/domain/patient.ts';
import { PatientForm } from './PatientForm.tsx';
import { useCreatePatient, usePatient, useUpdatePatient } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

export function PatientNewPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreatePatient();
  return (
    <PatientForm
      heading={intl.formatMessage({
        id: 'patients.patientEditPage.newPatient',
        defaultMessage: 'New patient',
      })}
      submitLabel={intl.formatMessage({
        id: 'patients.patientEditPage.addPatient',
        defaultMessage: 'Add patient',
      })}
      defaultValues={emptyPatientInput()}
      save={create.mutateAsync}
      onSaved={(p) => void navigate(`/patients/${p.id}`)}
      onCancel={() => void navigate('/')}
    />
  );
}

function toInput(p: Patient): PatientInput {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = p;
  return {
    ...fields,
    preferredName: fields.preferredName ?? '',
    dateOfBirth: fields.dateOfBirth ?? '',
    chartNumber: fields.chartNumber ?? '',
    diagnosis: fields.diagnosis ?? '',
    phone: fields.phone ?? '',
  };
}

export function PatientEditPage() {
  const intl = useIntl();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const patient = usePatient(id);
  const update = useUpdatePatient(id);
  if (!patient.isSuccess)
    return (
      <QueryState
        query={patient}
        subject={intl.formatMessage({
          id: 'patients.patientEditPage.thisPatient',
          defaultMessage: 'This patient',
        })}
      />
    );
  return (
    <PatientForm
      key={patient.data.updatedAt}
      heading={intl.formatMessage(
        { id: 'patients.patientEditPage.edit', defaultMessage: 'Edit {value}' },
        { value: displayName(patient.data) },
      )}
      submitLabel={intl.formatMessage({
        id: 'patients.patientEditPage.saveChanges',
        defaultMessage: 'Save changes',
      })}
      defaultValues={toInput(patient.data)}
      save={update.mutateAsync}
      onSaved={(p) => void navigate(`/patients/${p.id}`)}
      onCancel={() => void navigate(`/patients/${id}`)}
    />
  );
}
