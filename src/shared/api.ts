import { z } from 'zod';
import {
  patientIdSchema,
  patientInputSchema,
  patientSearchSchema,
  type Patient,
  type PatientPage,
} from './domain/patient.ts';
import type { MethodName } from './api-methods.ts';
import { handoutRequestSchema, type HandoutExport, type HandoutFile } from './domain/handout.ts';
import {
  CATALOGUE_KINDS,
  catalogueContentSchema,
  catalogueIdSchema,
  type CatalogueItem,
} from './domain/catalogue.ts';
import { synonymsSchema } from './domain/catalogue-search.ts';
import {
  checkedBySchema,
  translationKeySchema,
  translationLanguageSchema,
  translationTextsSchema,
  type ContentTranslation,
  type CoverageLine,
} from './domain/content-translation.ts';
import {
  draftPlanContentSchema,
  type Plan,
  type PlanSummary,
  type TemplateSummary,
} from './domain/plan.ts';
import { currentTherapistSchema, settingsSchema, type Settings } from './domain/settings.ts';
import {
  backupNameSchema,
  type BackupInfo,
  type BackupStatus,
  type RecoveryNotice,
} from './domain/backup.ts';
import { recoveryGroupSchema, type SecurityStatus } from './domain/security.ts';
import type { PatientTimeline, PlanComparison } from './domain/history.ts';
import {
  MAX_RECORD_FILE_CHARS,
  type RecordExport,
  type RecordPreview,
  recordPassphrase,
  recordProtectionSchema,
} from './domain/record-file.ts';
import {
  planSearchSchema,
  reviewQueueQuerySchema,
  type PlanSearchPage,
  type ReviewQueue,
} from './domain/review.ts';
import {
  sessionDateSchema,
  sessionOutcomeSchema,
  sessionPlanSchema,
  type Session,
  type UpcomingSession,
} from './domain/session.ts';
import { photoFileSchema, type PreparedPhoto } from './domain/photo.ts';
import { visitSlotSchema } from './domain/visit-slot.ts';
import type { RecordingContext } from './domain/visit-measures.ts';
import type { ProgressPdf } from './domain/progress.ts';
import { optionalLine, requiredLine, searchQuery } from './domain/text-fields.ts';
import type { Result } from './result.ts';

export { METHOD_NAMES, type MethodName } from './api-methods.ts';

/** A method's input schema and, as a type only, its output. */
function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

const byId = z.strictObject({ id: patientIdSchema });
const uuid = (what: string) => z.uuid({ error: `${what} id must be a UUID` });
const planById = z.strictObject({ id: uuid('Plan') });
const catalogueById = z.strictObject({ id: catalogueIdSchema });
const sessionById = z.strictObject({ id: uuid('Session') });
const recordFile = z
  .string({ error: 'The record file must be text' })
  .max(MAX_RECORD_FILE_CHARS, 'This file is too large to be a JointPlan patient record');

export const draftSourceSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('blank') }),
  z.strictObject({ from: z.literal('template'), templateId: z.string().min(1).max(100) }),
  z.strictObject({ from: z.literal('plan'), planId: uuid('Plan') }),
]);

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  /** Set when the database could not be opened at start and was moved aside. */
  recovery: RecoveryNotice | null;
}

/**
 * The whole app API, declared once. The preload, the IPC binding, the web host and the
 * renderer's client are all derived from this object's keys and types.
 */
export const contract = {
  'app.info': method(z.strictObject({})).returns<AppInfo>(),
  'patients.search': method(patientSearchSchema).returns<PatientPage>(),
  'patients.get': method(byId).returns<Patient>(),
  'patients.create': method(z.strictObject({ patient: patientInputSchema })).returns<Patient>(),
  'patients.update': method(
    z.strictObject({ id: patientIdSchema, patient: patientInputSchema }),
  ).returns<Patient>(),
  'patients.archive': method(byId).returns<Patient>(),
  'patients.restore': method(byId).returns<Patient>(),
  'patients.delete': method(
    z.strictObject({
      id: patientIdSchema,
      confirm: z.literal(true, { error: 'Deleting a patient must be confirmed' }),
    }),
  ).returns<{ deleted: true }>(),

  'catalogue.list': method(
    z.strictObject({
      kind: z.enum(CATALOGUE_KINDS).nullable().default(null),
      query: searchQuery(),
      includeRetired: z.boolean().default(false),
      /** Items made inside one plan: a plan's page needs them, the catalogue's lists do not. */
      includeOneOff: z.boolean().default(false),
    }),
  ).returns<CatalogueItem[]>(),
  'catalogue.get': method(catalogueById).returns<CatalogueItem>(),
  'catalogue.create': method(
    z.strictObject({
      content: catalogueContentSchema,
      synonyms: synonymsSchema.default([]),
      /** True for an item added from inside a plan, for that plan only. */
      oneOff: z.boolean().default(false),
    }),
  ).returns<CatalogueItem>(),
  'catalogue.update': method(
    z.strictObject({
      id: catalogueIdSchema,
      content: catalogueContentSchema,
      /** Left out: the item keeps the other names it has. */
      synonyms: synonymsSchema.optional(),
    }),
  ).returns<CatalogueItem>(),
  /** Saves a one-off item (made inside a plan) to the catalogue, for every plan. */
  'catalogue.keepOneOff': method(catalogueById).returns<CatalogueItem>(),
  'catalogue.retire': method(catalogueById).returns<CatalogueItem>(),
  'catalogue.restore': method(catalogueById).returns<CatalogueItem>(),
  /** Takes the corrected wording offered beside an edited seeded item (see CatalogueItem.suggestion). */
  'catalogue.acceptSuggestion': method(catalogueById).returns<CatalogueItem>(),
  /** Keeps the therapist's wording and stops offering this version's correction. */
  'catalogue.dismissSuggestion': method(catalogueById).returns<CatalogueItem>(),

  /** An item's or template's translations, each against its English as it reads now. */
  'translations.list': method(translationKeySchema.omit({ language: true })).returns<
    ContentTranslation[]
  >(),
  /** Writes a translation's words, as a draft (new words are unchecked until someone checks them). */
  'translations.save': method(
    translationKeySchema.extend({ texts: translationTextsSchema }),
  ).returns<ContentTranslation>(),
  /** A named therapist checked the translation today, against the English as it reads now. */
  'translations.markChecked': method(
    translationKeySchema.extend({ checkedBy: checkedBySchema }),
  ).returns<ContentTranslation>(),
  /** Per printed item of a plan, whether its words are checked, a draft, out of date or missing. */
  'translations.coverage': method(
    z.strictObject({ planId: uuid('Plan'), language: translationLanguageSchema }),
  ).returns<CoverageLine[]>(),

  'plans.list': method(z.strictObject({ patientId: patientIdSchema })).returns<PlanSummary[]>(),
  'plans.get': method(planById).returns<Plan>(),
  'plans.createDraft': method(
    z.strictObject({ patientId: patientIdSchema, source: draftSourceSchema }),
  ).returns<Plan>(),
  'plans.saveDraft': method(
    z.strictObject({ id: uuid('Plan'), content: draftPlanContentSchema }),
  ).returns<Plan>(),
  'plans.finalise': method(planById).returns<Plan>(),
  'plans.revise': method(planById).returns<Plan>(),
  'plans.discardDraft': method(planById).returns<{ discarded: true }>(),

  'templates.list': method(z.strictObject({})).returns<TemplateSummary[]>(),
  'templates.saveFromPlan': method(
    z.strictObject({
      planId: uuid('Plan'),
      name: requiredLine('Template name', 100),
      description: optionalLine('Description', 300),
    }),
  ).returns<TemplateSummary>(),
  /** Renames and describes one of the therapist's own templates. */
  'templates.update': method(
    z.strictObject({
      id: uuid('Template'),
      name: requiredLine('Template name', 100),
      description: optionalLine('Description', 300),
    }),
  ).returns<TemplateSummary>(),
  /** Deletes one of the therapist's own templates; plans started from it are untouched. */
  'templates.delete': method(
    z.strictObject({
      id: uuid('Template'),
      confirm: z.literal(true, { error: 'Deleting a template must be confirmed' }),
    }),
  ).returns<{ deleted: true }>(),

  'settings.get': method(z.strictObject({})).returns<Settings>(),
  'settings.update': method(z.strictObject({ settings: settingsSchema })).returns<Settings>(),
  'settings.useTherapist': method(
    z.strictObject({ name: currentTherapistSchema }),
  ).returns<Settings>(),

  'handouts.create': method(handoutRequestSchema).returns<HandoutFile>(),
  'handouts.list': method(z.strictObject({ planId: uuid('Plan') })).returns<HandoutExport[]>(),
  'handouts.reprint': method(z.strictObject({ id: uuid('Handout') })).returns<HandoutFile>(),
  'history.timeline': method(
    z.strictObject({ patientId: patientIdSchema }),
  ).returns<PatientTimeline>(),
  'history.compare': method(
    z.strictObject({ fromId: uuid('Plan'), toId: uuid('Plan') }),
  ).returns<PlanComparison>(),
  'review.queue': method(reviewQueueQuerySchema).returns<ReviewQueue>(),
  'review.findPatients': method(planSearchSchema).returns<PlanSearchPage>(),
  'sessions.list': method(z.strictObject({ patientId: patientIdSchema })).returns<Session[]>(),
  'sessions.plan': method(
    z.strictObject({
      patientId: patientIdSchema,
      sessionDate: sessionDateSchema,
      /** Absent from callers that predate visit times: a visit with no time. */
      slot: visitSlotSchema.optional(),
    }),
  ).returns<Session>(),
  'sessions.get': method(sessionById).returns<Session>(),
  'sessions.update': method(
    z.strictObject({ id: uuid('Session'), plan: sessionPlanSchema }),
  ).returns<Session>(),
  'sessions.record': method(
    z.strictObject({ id: uuid('Session'), outcome: sessionOutcomeSchema }),
  ).returns<Session>(),
  'sessions.cancel': method(sessionById).returns<Session>(),
  'sessions.upcoming': method(z.strictObject({})).returns<UpcomingSession[]>(),
  'sessions.planned': method(
    z.strictObject({ from: sessionDateSchema, to: sessionDateSchema }),
  ).returns<UpcomingSession[]>(),
  'sessions.recordingContext': method(sessionById).returns<RecordingContext>(),
  'progress.pdf': method(
    z.strictObject({
      patientId: patientIdSchema,
      audience: z.enum(['patient', 'doctor'], { error: 'Choose who the progress is for' }),
    }),
  ).returns<ProgressPdf>(),
  'backups.list': method(z.strictObject({})).returns<BackupInfo[]>(),
  'backups.create': method(z.strictObject({})).returns<BackupInfo>(),
  'backups.status': method(z.strictObject({})).returns<BackupStatus>(),
  'backups.restore': method(
    z.strictObject({
      name: backupNameSchema,
      confirm: z.literal(true, { error: 'Restoring a backup must be confirmed' }),
    }),
  ).returns<{ restored: BackupInfo; safetyBackup: BackupInfo }>(),
  /** A chosen PNG or JPEG checked and made print-sized, for a catalogue item or a splint. */
  'photos.prepare': method(photoFileSchema).returns<PreparedPhoto>(),
  'security.status': method(z.strictObject({})).returns<SecurityStatus>(),
  'security.confirmRecoveryKey': method(
    z.strictObject({ groups: z.tuple([recoveryGroupSchema, recoveryGroupSchema]) }),
  ).returns<SecurityStatus>(),
  'security.encrypt': method(
    z.strictObject({ confirm: z.literal(true, { error: 'Encrypting must be confirmed' }) }),
  ).returns<SecurityStatus>(),
  'security.removePlainOriginals': method(
    z.strictObject({ confirm: z.literal(true, { error: 'Removing must be confirmed' }) }),
  ).returns<SecurityStatus>(),
  'records.export': method(
    z.strictObject({ patientId: patientIdSchema, protection: recordProtectionSchema }),
  ).returns<RecordExport>(),
  'records.inspect': method(
    z.strictObject({ text: recordFile, passphrase: recordPassphrase.optional() }),
  ).returns<RecordPreview>(),
  'records.import': method(
    z.strictObject({
      text: recordFile,
      /** For a protected record file. */
      passphrase: recordPassphrase.optional(),
      /** A new chart number when the file's one is already taken; null to import without one. */
      chartNumber: optionalLine('Chart number', 40).optional(),
    }),
  ).returns<Patient>(),
} as const satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

/** What the main process implements: validated input in, a value (or AppError) out. */
export type AppApi = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

/** What the renderer sees as `window.api`: raw input in, an envelope out. */
export type BridgeApi = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
