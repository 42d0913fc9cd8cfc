import { z } from 'zod';
import { catalogueContentSchema, catalogueIdSchema } from './catalogue.ts';
import { handoutSafetySchema } from './handout-safety.ts';
import { DISEASE_STAGES, patientIdSchema, patientInputSchema } from './patient.ts';
import { draftPlanContentSchema } from './plan.ts';
import { plainLine } from './text-fields.ts';

/**
 * Everything a finalised plan was, frozen at finalising: the plan, who it was for, and the
 * catalogue entries it used as they read then. Handouts, history and the plan's own page are
 * made from this alone, so editing the catalogue or the patient later never changes what was
 * given. Checked whenever it is read: from the database, and from a record file.
 */
export const planSnapshotSchema = z.strictObject({
  format: z.literal(1),
  plan: z.strictObject({
    id: z.uuid({ error: 'Must be a UUID' }),
    version: z.int().min(1),
    previousId: z.uuid({ error: 'Must be a UUID' }).nullable(),
    finalisedAt: z.iso.datetime({ error: 'Must be a date and time' }),
    finalisedBy: plainLine(100),
    content: draftPlanContentSchema,
  }),
  patient: z.strictObject({
    id: patientIdSchema,
    givenName: patientInputSchema.shape.givenName,
    familyName: patientInputSchema.shape.familyName,
    preferredName: patientInputSchema.shape.preferredName,
    dateOfBirth: patientInputSchema.shape.dateOfBirth,
    chartNumber: patientInputSchema.shape.chartNumber,
    /**
     * The patient's recorded stage at finalising, so the handout leads with that stage's
     * schedule. Absent when none was recorded, and from plans finalised before it was frozen.
     */
    diseaseStage: z.enum(DISEASE_STAGES).optional(),
  }),
  catalogue: z.record(catalogueIdSchema, catalogueContentSchema),
  /**
   * The "Get help quickly" box and shared splint lines as they stood at finalising. Absent
   * from plans finalised before them: their handouts reprint exactly as they were made.
   */
  safety: handoutSafetySchema.optional(),
});

export type PlanSnapshot = z.output<typeof planSnapshotSchema>;

/**
 * A frozen plan as stored: the snapshot, its exact canonical text, and that text's SHA-256
 * (the plan's fingerprint, and the handout's document id).
 */
export interface FrozenPlan {
  snapshot: PlanSnapshot;
  json: string;
  sha256: string;
}

/** What a handout is drawn from: the snapshot and its fingerprint. */
export type SealedSnapshot = Pick<FrozenPlan, 'snapshot' | 'sha256'>;
