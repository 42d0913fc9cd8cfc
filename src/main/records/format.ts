import { z } from 'zod';
import { catalogueContentSchema, catalogueIdSchema } from '../../shared/domain/catalogue.ts';
import { FONT_SET_IDS, HANDOUT_SHEETS } from '../../shared/domain/handout.ts';
import { handoutSafetySchema } from '../../shared/domain/handout-safety.ts';
import { AUDIT_ENTITIES } from '../../shared/domain/history.ts';
import { patientIdSchema, patientInputSchema } from '../../shared/domain/patient.ts';
import { draftPlanContentSchema, PLAN_STATUSES } from '../../shared/domain/plan.ts';
import {
  sessionDateSchema,
  sessionOutcomeSchema,
  sessionPlanSchema,
  SESSION_STATUSES,
} from '../../shared/domain/session.ts';
import { storedVisitMeasuresSchema } from '../../shared/domain/visit-measures.ts';
import { visitSlotSchema } from '../../shared/domain/visit-slot.ts';

/** A visit's record in the file: measures (added later, so optional) as the app stores them. */
const recordOutcomeSchema = sessionOutcomeSchema
  .omit({ checklist: true, measures: true })
  .extend({ measures: storedVisitMeasuresSchema.strict().exactOptional() });
import { MAX_LOGO_BASE64, PAPER_SIZES, RED_MARK_MINUTES } from '../../shared/domain/settings.ts';
import { multiLineText, plainLine, requiredLine } from '../../shared/domain/text-fields.ts';

/**
 * The patient record file, version 1: one patient with every plan version (drafts too, and
 * each finalised plan's frozen snapshot exactly as stored), their sessions, the records of
 * every handout given out (enough to print each again byte for byte), the therapist's own
 * catalogue items the plans name, and the patient's audit trail.
 */
export const RECORD_FORMAT = 'jointplan-patient-record';
export const RECORD_VERSION = 1;

/** Limits well above any real caseload, so a hostile file cannot make the import do much work. */
export const RECORD_LIMITS = {
  depth: 32,
  plans: 500,
  sessions: 2000,
  handoutExports: 2000,
  logos: 20,
  catalogue: 500,
  audit: 20_000,
} as const;

const timestamp = z.iso.datetime({ error: 'Must be a date and time' });
const id = z.uuid({ error: 'Must be a UUID' });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Must be a SHA-256 (64 hex digits)');

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `A record holds at most ${max} ${what}`);

export const recordPatientSchema = z.strictObject({
  ...patientInputSchema.shape,
  id: patientIdSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  archivedAt: timestamp.nullable(),
});

export const recordPlanSchema = z.strictObject({
  id,
  version: z.int().min(1).max(RECORD_LIMITS.plans),
  previousId: id.nullable(),
  status: z.enum(PLAN_STATUSES),
  content: draftPlanContentSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  finalisedAt: timestamp.nullable(),
  finalisedBy: plainLine(100).nullable(),
  changeSummary: plainLine(2000).nullable(),
  /** The frozen snapshot as the exact stored text; its hash is checked on import. */
  snapshot: z.string().max(1_000_000).nullable(),
  snapshotSha256: sha256.nullable(),
});

export const recordSessionSchema = z.strictObject({
  id,
  planId: id.nullable(),
  sessionDate: sessionDateSchema,
  /** Absent from records exported before visits had times. */
  slot: visitSlotSchema.nullable().default(null),
  status: z.enum(SESSION_STATUSES),
  therapist: plainLine(200),
  agenda: sessionPlanSchema.shape.agenda,
  checklist: sessionPlanSchema.shape.checklist,
  outcome: recordOutcomeSchema.nullable(),
  earlierRecords: z
    .array(
      z.strictObject({
        replacedAt: timestamp,
        therapist: plainLine(200),
        checklist: sessionPlanSchema.shape.checklist,
        outcome: recordOutcomeSchema,
      }),
    )
    .max(100, 'A session holds at most 100 earlier records')
    .default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
  recordedAt: timestamp.nullable(),
});

/** What a handout was printed with besides the snapshot; the logo is kept once, by hash. */
export const recordHandoutSchema = z.strictObject({
  id,
  planId: id,
  createdAt: timestamp,
  sha256,
  options: z.strictObject({
    paper: z.enum(PAPER_SIZES),
    largePrint: z.boolean(),
    wearLog: z.boolean(),
    redMarkMinutes: z.int().min(RED_MARK_MINUTES.min).max(RED_MARK_MINUTES.max),
    /** Absent for handouts made before font sets existed. */
    fontSet: z.enum(FONT_SET_IDS).optional(),
    /** Absent for handouts made before layouts were recorded (layout 1). */
    layout: z.int().min(1).max(99).optional(),
    /** Absent for full handouts made before "My plan on a page" existed. */
    sheet: z.enum(HANDOUT_SHEETS).optional(),
    /** The language of its own words; absent for handouts made before languages (English). */
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'Not a language tag')
      .optional(),
    /** Present when the plan's snapshot predates the safety box (see HandoutOptions). */
    safety: handoutSafetySchema.optional(),
    clinic: z.strictObject({
      name: plainLine(120),
      address: multiLineText('Clinic address', 300),
      phone: plainLine(40),
      logoSha256: sha256.nullable(),
    }),
  }),
});

export const recordAuditSchema = z.strictObject({
  at: timestamp,
  therapist: plainLine(200),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string().regex(/^[0-9a-z.-]{1,100}$/, 'Not an id'),
  action: requiredLine('Action', 60),
  summary: plainLine(1000),
});

export const recordFileSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  exportedAt: timestamp,
  appVersion: plainLine(40),
  sha256,
  patient: recordPatientSchema,
  plans: list(recordPlanSchema, RECORD_LIMITS.plans, 'plan versions'),
  sessions: list(recordSessionSchema, RECORD_LIMITS.sessions, 'sessions'),
  handoutExports: list(recordHandoutSchema, RECORD_LIMITS.handoutExports, 'handouts'),
  logos: z
    .record(sha256, z.string().max(MAX_LOGO_BASE64))
    .refine((r) => Object.keys(r).length <= RECORD_LIMITS.logos, 'Too many logos'),
  catalogue: z
    .record(catalogueIdSchema, catalogueContentSchema)
    .refine((r) => Object.keys(r).length <= RECORD_LIMITS.catalogue, 'Too many catalogue items'),
  audit: list(recordAuditSchema, RECORD_LIMITS.audit, 'audit records'),
});

export type RecordFile = z.output<typeof recordFileSchema>;
export type RecordPlan = RecordFile['plans'][number];
export type RecordHandout = RecordFile['handoutExports'][number];
