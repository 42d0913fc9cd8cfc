import { z } from 'zod';
import { ENERGY_P_VARIANT_IDS } from './catalogue.ts';
import { storedPhotoSchema } from './photo.ts';
import { JOINT_IDS, SIDES, type AffectedJoint } from './joints.ts';
import {
  ICF_CODES,
  PLAN_SIDES,
  type IcfCode,
  type PlanContent,
  type TemplateContent,
} from './plan.ts';
import { storedWearingScheduleSchema } from './schedule.ts';

// A plan's content as stored (in a draft's columns and item rows, and in a template), for
// reading it back: types and structure only, so reading never changes or refuses a value.
// The input schemas in plan.ts trim, limit and refuse what handouts cannot print; they are
// for what is typed now. A goal or note an earlier version accepted (in a script its fonts
// lacked then, with a stray control character) is still the therapist's draft. Each schema
// is checked against the domain type it reads, so the two cannot drift apart.

export const storedAffectedJointsSchema = z.array(
  z.object({ joint: z.enum(JOINT_IDS), side: z.enum(SIDES) }),
) satisfies z.ZodType<AffectedJoint[]>;

const storedGoalSchema = z.object({
  text: z.string(),
  icfCode: z.enum(Object.keys(ICF_CODES) as [IcfCode, ...IcfCode[]]).nullable(),
}) satisfies z.ZodType<PlanContent['goals'][number]>;

const catalogueId = z.string();

const storedOrthosisSchema = z.object({
  catalogueId,
  // Always chosen before d326a1a; since then null until the therapist chooses.
  side: z.enum(PLAN_SIDES).nullable(),
  joints: z.array(z.enum(JOINT_IDS)),
  schedule: storedWearingScheduleSchema,
  precautions: z.string().nullable(),
  notes: z.string(),
  photo: storedPhotoSchema.nullable().optional(),
}) satisfies z.ZodType<PlanContent['orthoses'][number]>;

const storedEquipmentSchema = z.object({
  catalogueId,
  reason: z.string().nullable(),
}) satisfies z.ZodType<PlanContent['equipment'][number]>;

const storedPrincipleSchema = z.object({
  catalogueId,
  example: z.string().nullable(),
}) satisfies z.ZodType<PlanContent['principles'][number]>;

/** The rest plan without its strategies (a draft keeps those as item rows). */
export const storedRestSchema = z.object({
  breakRule: z
    .object({
      restMinutes: z.number(),
      everyMinutes: z.number(),
      /** Added with pacing patterns (47df361): absent from break rules saved before. */
      pacingId: z.string().nullable().optional(),
    })
    .nullable(),
  timetable: z.array(
    z.object({
      start: z.string(),
      end: z.string(),
      kind: z.enum(['activity', 'rest']),
      label: z.string(),
    }),
  ),
  /** Added with the choice of Ps (1727849): plans saved before read as its default. */
  energyPs: z.enum(ENERGY_P_VARIANT_IDS).default('four-ps'),
}) satisfies z.ZodType<Omit<PlanContent['rest'], 'strategies'>>;

export const storedTemplateContentSchema = z.object({
  title: z.string(),
  goals: z.array(storedGoalSchema),
  orthoses: z.array(storedOrthosisSchema),
  equipment: z.array(storedEquipmentSchema),
  rest: storedRestSchema.extend({ strategies: z.array(z.object({ catalogueId })) }),
  principles: z.array(storedPrincipleSchema),
}) satisfies z.ZodType<TemplateContent>;

/** A draft's item rows hold an entry without its catalogue id, which is a column of its own. */
export const storedItemDataSchemas = {
  goal: storedGoalSchema,
  orthosis: storedOrthosisSchema.omit({ catalogueId: true }),
  equipment: storedEquipmentSchema.omit({ catalogueId: true }),
  principle: storedPrincipleSchema.omit({ catalogueId: true }),
};
