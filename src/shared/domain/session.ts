import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { multiLineText, requiredLine } from './text-fields.ts';
import {
  storedVisitMeasuresSchema,
  visitMeasuresSchema,
  type VisitMeasures,
} from './visit-measures.ts';
import { storedVisitSlotSchema, visitSlotSchema, type VisitSlot } from './visit-slot.ts';

export const SESSION_STATUSES = ['planned', 'recorded', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** How well the patient kept to their splint-wearing schedule since the last visit. */
export const ADHERENCE_LEVELS = ['fully', 'mostly', 'partly', 'rarely', 'no-schedule'] as const;
export type Adherence = (typeof ADHERENCE_LEVELS)[number];
export const ADHERENCE_LABELS: Record<Adherence, string> = {
  fully: 'Kept to it fully',
  mostly: 'Mostly',
  partly: 'About half the time',
  rarely: 'Rarely or not at all',
  'no-schedule': 'No splint schedule',
};

export const MAX_CHECKLIST_ITEMS = 40;

export const sessionDateSchema = z
  .string({ error: 'Session date must be a date' })
  .refine(isCalendarDate, 'Session date must be a real date');

/** The "Plan a session" dialog: the date, and the time, length and place of the visit. */
export const newSessionSchema = z.strictObject({
  sessionDate: sessionDateSchema,
  slot: visitSlotSchema,
});

export const checklistItemSchema = z.strictObject({
  text: requiredLine('Checklist item', 200),
  done: z.boolean({ error: 'Checked must be true or false' }).default(false),
});
export type ChecklistItem = z.output<typeof checklistItemSchema>;

const checklistSchema = z
  .array(checklistItemSchema)
  .max(MAX_CHECKLIST_ITEMS, `A session can have at most ${MAX_CHECKLIST_ITEMS} checklist items`);

/** What is planned for a visit: the date, an agenda, and a checklist to work through. */
export const sessionPlanSchema = z.strictObject({
  sessionDate: sessionDateSchema,
  /** Absent from callers that predate visit times: the stored slot is then kept as it is. */
  slot: visitSlotSchema.nullable().optional(),
  agenda: multiLineText('Agenda', 4000),
  checklist: checklistSchema,
});
export type SessionPlanInput = z.input<typeof sessionPlanSchema>;
export type SessionPlan = z.output<typeof sessionPlanSchema>;

/** What happened at the visit. */
export const sessionOutcomeSchema = z.strictObject({
  pain: z
    .int({ error: 'Pain must be a whole number from 0 to 10' })
    .min(0, 'Pain must be from 0 to 10')
    .max(10, 'Pain must be from 0 to 10')
    .nullable(),
  adherence: z
    .enum(ADHERENCE_LEVELS, { error: 'Choose how well the schedule was kept' })
    .nullable(),
  checklist: checklistSchema,
  notes: multiLineText('Notes', 10_000),
  changes: multiLineText('Changes made', 4000),
  /** Absent from callers that predate measures: none recorded. */
  measures: visitMeasuresSchema.optional(),
});
export type SessionOutcomeInput = z.input<typeof sessionOutcomeSchema>;
export type SessionOutcome = z.output<typeof sessionOutcomeSchema>;

/** What a recorded visit holds: measures as stored (empty entries dropped, grip means worked out). */
export type RecordedOutcome = Omit<SessionOutcome, 'checklist' | 'measures'> & {
  /** Absent from records made before visits had measures. */
  measures?: VisitMeasures;
};

export interface Session {
  id: string;
  patientId: string;
  /** The active plan the checklist was drawn from, if the patient had one. */
  planId: string | null;
  sessionDate: string;
  /** When, how long and where; null for visits planned before visits had times. */
  slot: VisitSlot | null;
  status: SessionStatus;
  therapist: string;
  agenda: string;
  checklist: ChecklistItem[];
  /** Null until the session is recorded. */
  outcome: RecordedOutcome | null;
  /** What a corrected record said before, oldest first: a correction never erases. */
  earlierRecords: EarlierRecord[];
  createdAt: string;
  updatedAt: string;
  recordedAt: string | null;
}

/** A session's record as it stood before a correction replaced it. */
export interface EarlierRecord {
  replacedAt: string;
  /** Who had recorded it. */
  therapist: string;
  checklist: ChecklistItem[];
  outcome: RecordedOutcome;
}

/** The data column's JSON: what the timeline and the record file read, so keep its shape. */
export interface SessionData {
  /** Absent from visits planned before visits had times. */
  slot?: VisitSlot;
  agenda: string;
  checklist: ChecklistItem[];
  outcome: RecordedOutcome | null;
  /** Absent until a record is first corrected. */
  earlierRecords?: EarlierRecord[];
}

/** A checklist item as stored: shape only, so reading it back never changes a value. */
const storedChecklistItemSchema = z.object({ text: z.string(), done: z.boolean() });

/** An outcome as stored: shape only (no text rules), so notes written earlier read as written. */
const storedOutcomeSchema = z.object({
  pain: z.number().nullable(),
  adherence: z.enum(ADHERENCE_LEVELS).nullable(),
  notes: z.string(),
  changes: z.string(),
  measures: storedVisitMeasuresSchema.exactOptional(),
});

/**
 * The data column as stored, for reading it back: types and structure only, none of the
 * input rules above (trimming, control characters, lengths), which are for what is typed
 * now; a note an earlier version accepted is still the record. `earlierRecords` came later.
 */
export const storedSessionDataSchema = z.object({
  slot: storedVisitSlotSchema.exactOptional(),
  agenda: z.string(),
  checklist: z.array(storedChecklistItemSchema),
  outcome: storedOutcomeSchema.nullable(),
  earlierRecords: z
    .array(
      z.object({
        replacedAt: z.string(),
        therapist: z.string(),
        checklist: z.array(storedChecklistItemSchema),
        outcome: storedOutcomeSchema,
      }),
    )
    .exactOptional(),
}) satisfies z.ZodType<SessionData>;

/**
 * A line of the "upcoming sessions" list across patients. The list holds planned sessions
 * only: from today on, soonest first, then the overdue ones (dated before today and neither
 * recorded nor cancelled), oldest first, so none is forgotten.
 */
export interface UpcomingSession {
  id: string;
  patientId: string;
  /** "Family, Given", as the patient list shows it. */
  patientName: string;
  chartNumber: string | null;
  sessionDate: string;
  slot: VisitSlot | null;
  therapist: string;
  checklistCount: number;
  /** Dated before today and still planned: record it or cancel it. */
  overdue: boolean;
}

/** How a session's pain score reads everywhere: "4/10", or "not asked". */
export function painText(pain: number | null): string {
  return pain === null ? 'not asked' : `${pain}/10`;
}
