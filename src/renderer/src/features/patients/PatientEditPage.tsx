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

export function PatientNewPage() {
  const navigate = useNavigate();
  const create = useCreatePatient();
  return (
    <PatientForm
      heading="New patient"
      submitLabel="Add patient"
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
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const patient = usePatient(id);
  const update = useUpdatePatient(id);
  if (!patient.isSuccess) return <QueryState query={patient} subject="This patient" />;
  return (
    <PatientForm
      key={patient.data.updatedAt}
      heading={`Edit ${displayName(patient.data)}`}
      submitLabel="Save changes"
      defaultValues={toInput(patient.data)}
      save={update.mutateAsync}
      onSaved={(p) => void navigate(`/patients/${p.id}`)}
      onCancel={() => void navigate(`/patients/${id}`)}
    />
  );
}
