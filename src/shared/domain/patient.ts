import { z } from 'zod';
import { dateOfBirthSchema } from './dates.ts';
import { handoutLanguageSchema } from './handout-languages.ts';
import { affectedJointsSchema } from './joints.ts';
import { multiLineText, optionalLine, PRINTED, requiredLine, searchQuery } from './text-fields.ts';

export const DISEASE_STAGES = ['active-flare', 'stable', 'established-deformity'] as const;
export type DiseaseStage = (typeof DISEASE_STAGES)[number];
export const DISEASE_STAGE_LABELS: Record<DiseaseStage, string> = {
  'active-flare': 'Active flare',
  stable: 'Stable',
  'established-deformity': 'Established deformity',
};

/** Suggestions only: the therapist may type any diagnosis. */
export const DIAGNOSIS_SUGGESTIONS = [
  'Rheumatoid arthritis, seropositive (M05)',
  'Rheumatoid arthritis, other (M06)',
  'Rheumatoid arthritis, unspecified (M06.9)',
  'Osteoarthritis',
  'Psoriatic arthritis',
  'Juvenile idiopathic arthritis',
  'Systemic lupus erythematosus',
  'Ankylosing spondylitis',
  'Gout',
  'Scleroderma (systemic sclerosis)',
] as const;

export const PHONE_PATTERN = /^[0-9+()\-.\s/x]*$/i;

/** What a therapist enters for a patient; used by the form and at the API boundary. */
export const patientInputSchema = z.strictObject({
  givenName: requiredLine('Given name', 100, PRINTED),
  familyName: requiredLine('Family name', 100, PRINTED),
  preferredName: optionalLine('Preferred name', 100, PRINTED),
  dateOfBirth: dateOfBirthSchema,
  chartNumber: optionalLine('Chart number', 40),
  diagnosis: optionalLine('Diagnosis', 200),
  diseaseStage: z
    .enum(DISEASE_STAGES, { error: 'Choose a disease stage from the list' })
    .nullable(),
  affectedJoints: affectedJointsSchema,
  phone: optionalLine('Phone', 40).refine(
    (v) => v === null || PHONE_PATTERN.test(v),
    'Phone can contain only digits, spaces and + ( ) - . /',
  ),
  notes: multiLineText('Notes', 10_000),
  /** The language of this patient's handouts; null: the clinic's (Settings). */
  handoutLanguage: handoutLanguageSchema.nullable().default(null),
});
export type PatientInput = z.input<typeof patientInputSchema>;
export type PatientFields = z.output<typeof patientInputSchema>;

export interface Patient extends PatientFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Set when archived; archived patients are hidden from the list unless asked for. */
  archivedAt: string | null;
}

/** One row of the patient list. */
export interface PatientSummary {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  chartNumber: string | null;
  archived: boolean;
}

export const patientIdSchema = z.uuid({ error: 'Patient id must be a UUID' });

export const patientSearchSchema = z.strictObject({
  query: searchQuery(),
  includeArchived: z.boolean().default(false),
  /** Opaque cursor from the previous page; absent for the first page. */
  after: z
    .strictObject({ sortKey: z.string().max(1000), id: patientIdSchema })
    .nullable()
    .default(null),
  limit: z.int().min(1).max(500).default(100),
});

export interface PatientPage {
  patients: PatientSummary[];
  /** Pass as `after` to fetch the next page; null when this is the last page. */
  next: { sortKey: string; id: string } | null;
}

export function displayName(
  p: Pick<Patient, 'givenName' | 'familyName' | 'preferredName'>,
): string {
  const preferred =
    p.preferredName && p.preferredName !== p.givenName ? ` (${p.preferredName})` : '';
  return `${p.familyName}, ${p.givenName}${preferred}`;
}

/** A blank form: every field present, so the form and the API see the same shape. */
export function emptyPatientInput(): PatientInput {
  return {
    givenName: '',
    familyName: '',
    preferredName: '',
    dateOfBirth: '',
    chartNumber: '',
    diagnosis: '',
    diseaseStage: null,
    affectedJoints: [],
    phone: '',
    notes: '',
    handoutLanguage: null,
  };
}
