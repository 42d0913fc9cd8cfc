import { z } from 'zod';
import { photoSchema } from './photo.ts';
import type { PlanSnapshot } from './plan-snapshot.ts';
import { isCalendarDate } from './dates.ts';
import { CATALOGUE_KIND_LABELS, ENERGY_P_VARIANT_IDS, type CatalogueKind } from './catalogue.ts';
import { affectedJointsSchema, JOINT_IDS } from './joints.ts';
import { wearingScheduleSchema } from './schedule.ts';
import { anyLine, multiLineText, optionalLine, PRINTED, requiredLine } from './text-fields.ts';

/** ICF codes from the RA core sets, offered beside a goal (the therapist may leave it empty). */
export const ICF_CODES = {
  b280: 'Pain',
  b710: 'Joint mobility',
  b130: 'Energy',
  d430: 'Lifting and carrying',
  d440: 'Fine hand use',
  d445: 'Hand and arm use',
  d450: 'Walking',
  d510: 'Washing oneself',
  d540: 'Dressing',
  d550: 'Eating',
  d630: 'Preparing meals',
  d640: 'Doing housework',
  d850: 'Paid work',
  e115: 'Products for daily living',
} as const;
export type IcfCode = keyof typeof ICF_CODES;
const icfCodeSchema = z.enum(Object.keys(ICF_CODES) as [IcfCode, ...IcfCode[]], {
  error: 'Choose an ICF code from the list',
});

export const catalogueRefSchema = z
  .string()
  .trim()
  .min(1, 'Choose an item from the catalogue')
  .max(100);

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeSchema = z.string().regex(TIME, 'Use a 24-hour time such as 09:30');

const dateSchema = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .refine(isCalendarDate, `${label} must be a real date`);

/**
 * Drafts may be incomplete (a therapist saves as they go); a plan must be complete to be
 * finalised. Both use one shape, so `mode` only loosens what must be filled in.
 */
export type PlanMode = 'draft' | 'final';

function requiredIn(mode: PlanMode, label: string, max: number) {
  return mode === 'final' ? requiredLine(label, max, PRINTED) : anyLine(label, max, PRINTED);
}

export const planGoalSchema = (mode: PlanMode) =>
  z.strictObject({
    text: requiredIn(mode, 'Goal', 300),
    icfCode: icfCodeSchema.nullable().default(null),
  });

export const PLAN_SIDES = ['right', 'left', 'both'] as const;

export const planOrthosisSchema = z.strictObject({
  catalogueId: catalogueRefSchema,
  /** Null until the therapist chooses: templates leave it open (a plan must have it to finalise). */
  side: z.enum(PLAN_SIDES, { error: 'Choose right, left or both' }).nullable(),
  joints: z.array(z.enum(JOINT_IDS)).max(JOINT_IDS.length),
  schedule: wearingScheduleSchema,
  precautions: optionalLine('Precautions', 300, PRINTED),
  notes: multiLineText('Notes', 2000, PRINTED),
  /** This patient's splint on their hand: how it should look on. */
  photo: photoSchema.nullable().optional(),
});

export const planEquipmentSchema = z.strictObject({
  catalogueId: catalogueRefSchema,
  reason: optionalLine('Reason', 300, PRINTED),
});

export const planPrincipleSchema = z.strictObject({
  catalogueId: catalogueRefSchema,
  example: optionalLine('Example', 300, PRINTED),
});

export const planStrategySchema = z.strictObject({ catalogueId: catalogueRefSchema });

export const timetableBlockSchema = z
  .strictObject({
    start: timeSchema,
    end: timeSchema,
    kind: z.enum(['activity', 'rest']),
    // Named as the editor labels it ("What happens"), so its errors name the field one sees.
    label: requiredLine('What happens', 80, PRINTED),
  })
  .refine((b) => b.end > b.start, { message: 'A block must end after it starts', path: ['end'] });

export const restPlanSchema = z.strictObject({
  /** "Rest X minutes every Y minutes of activity"; null when not part of this plan. */
  breakRule: z
    .strictObject({
      restMinutes: z
        .int('Whole minutes only')
        .min(1, 'Rest at least 1 minute')
        .max(120, 'Rest at most 120 minutes'),
      everyMinutes: z
        .int('Whole minutes only')
        .min(5, 'At least every 5 minutes')
        .max(240, 'At most every 240 minutes'),
      /**
       * The catalogue's pacing pattern these numbers came from, so the handout can say what it
       * means ("swap to a light job", not "rest"); null when typed in by hand.
       */
      pacingId: catalogueRefSchema.nullable().optional(),
    })
    .nullable()
    .default(null),
  timetable: z
    .array(timetableBlockSchema)
    .max(24, 'At most 24 blocks a day')
    .refine(
      (blocks) => blocks.every((b, i) => i === 0 || (blocks[i - 1]?.end ?? '') <= b.start),
      'Blocks must be in order and must not overlap',
    )
    .default([]),
  strategies: z.array(planStrategySchema).max(20).default([]),
  /** Which version of the "Ps" this plan teaches its strategies under. */
  energyPs: z.enum(ENERGY_P_VARIANT_IDS).default('four-ps'),
});

function planShape(mode: PlanMode) {
  return {
    title: requiredIn(mode, 'Title', 120),
    planDate: dateSchema('Plan date'),
    therapist: requiredIn(mode, 'Therapist', 100),
    affectedJoints: affectedJointsSchema,
    goals: z.array(planGoalSchema(mode)).max(20, 'At most 20 goals'),
    reviewDate: dateSchema('Review date').nullable(),
    orthoses: z.array(planOrthosisSchema).max(40, 'At most 40 splints and braces'),
    equipment: z.array(planEquipmentSchema).max(80, 'At most 80 pieces of equipment'),
    rest: restPlanSchema,
    principles: z.array(planPrincipleSchema).max(30, 'At most 30 principles'),
  };
}

export const planContentSchema = (mode: PlanMode) =>
  z.strictObject(planShape(mode)).superRefine((plan, ctx) => {
    if (plan.reviewDate !== null && plan.reviewDate < plan.planDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        message: 'The review date must be on or after the plan date',
      });
    }
    if (mode === 'final') {
      if (plan.reviewDate === null)
        ctx.addIssue({
          code: 'custom',
          path: ['reviewDate'],
          message: 'Set a review date before finalising',
        });
      const items =
        plan.orthoses.length +
        plan.equipment.length +
        plan.principles.length +
        plan.rest.strategies.length;
      plan.orthoses.forEach((o, i) => {
        if (o.side === null)
          ctx.addIssue({
            code: 'custom',
            path: ['orthoses', i, 'side'],
            message: 'Choose right, left or both before finalising',
          });
        for (const stage of ['usual', 'flare', 'stable'] as const) {
          if (o.schedule[stage]?.type === 'unset')
            ctx.addIssue({
              code: 'custom',
              path: ['orthoses', i, 'schedule', stage, 'type'],
              message: 'Choose when to wear it before finalising',
            });
        }
      });
      if (items === 0 && plan.rest.breakRule === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['orthoses'],
          message:
            'Add at least one splint, piece of equipment, principle or rest advice before finalising',
        });
      }
    }
  });

export const draftPlanContentSchema = planContentSchema('draft');
export const finalPlanContentSchema = planContentSchema('final');
export type PlanContentInput = z.input<typeof draftPlanContentSchema>;
export type PlanContent = z.output<typeof draftPlanContentSchema>;

/** Which kind of catalogue item each list of a plan holds, and how one entry is named. */
const PLAN_LISTS = [
  { kind: 'orthosis', key: 'orthoses', entry: 'Splint', a: 'a splint or brace' },
  { kind: 'equipment', key: 'equipment', entry: 'Equipment', a: 'a piece of equipment' },
  { kind: 'principle', key: 'principles', entry: 'Principle', a: 'a joint-protection principle' },
  { kind: 'strategy', key: 'rest.strategies', entry: 'Energy idea', a: 'an energy idea' },
] as const satisfies readonly { kind: CatalogueKind; key: string; entry: string; a: string }[];

/**
 * Entries whose catalogue item is of another kind than their list holds (an equipment item
 * among the splints, say): the handout draws each list from its own kind, so such an entry
 * would finalise and then silently vanish from it. Keyed by the entry's field, as zod's
 * errors are; ids `kindOf` does not know are left to the check for missing items.
 */
export function wrongKindEntries(
  content: Pick<PlanContent, 'orthoses' | 'equipment' | 'principles' | 'rest'>,
  kindOf: (catalogueId: string) => CatalogueKind | undefined,
): Record<string, string> {
  const lists = {
    orthoses: content.orthoses,
    equipment: content.equipment,
    principles: content.principles,
    'rest.strategies': content.rest.strategies,
  };
  const fields: Record<string, string> = {};
  for (const list of PLAN_LISTS) {
    lists[list.key].forEach(({ catalogueId }, i) => {
      const kind = kindOf(catalogueId);
      if (kind === undefined || kind === list.kind) return;
      fields[`${list.key}.${i}.catalogueId`] =
        `${list.entry} ${i + 1} is not ${list.a}: the catalogue item ${JSON.stringify(catalogueId)} is from ${CATALOGUE_KIND_LABELS[kind]}. Choose one from ${CATALOGUE_KIND_LABELS[list.kind]}.`;
    });
  }
  return fields;
}

/** What a template keeps of a plan: everything but the patient, the dates and the therapist. */
const { title, goals, orthoses, equipment, rest, principles } = planShape('draft');
export const templateContentSchema = z.strictObject({
  title,
  goals,
  orthoses,
  equipment,
  rest,
  principles,
});
export type TemplateContent = z.output<typeof templateContentSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
}

export const PLAN_STATUSES = ['draft', 'finalised', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface Plan {
  id: string;
  patientId: string;
  /** 1 for a patient's first plan; each change of a finalised plan adds one. */
  version: number;
  previousId: string | null;
  status: PlanStatus;
  content: PlanContent;
  createdAt: string;
  updatedAt: string;
  finalisedAt: string | null;
  finalisedBy: string | null;
  /** SHA-256 of the canonical snapshot stored at finalising; null for a draft. */
  snapshotSha256: string | null;
  /**
   * The plan as it was given, frozen at finalising (null for a draft). A finalised plan is
   * shown from this alone, never from today's catalogue.
   */
  snapshot: PlanSnapshot | null;
}

/** A line of a patient's plan history. */
export interface PlanSummary {
  id: string;
  version: number;
  status: PlanStatus;
  title: string;
  planDate: string;
  therapist: string;
  reviewDate: string | null;
  finalisedAt: string | null;
  updatedAt: string;
}

export function emptyPlanContent(planDate: string): PlanContent {
  return {
    title: 'Joint protection plan',
    planDate,
    therapist: '',
    affectedJoints: [],
    goals: [],
    reviewDate: null,
    orthoses: [],
    equipment: [],
    rest: { breakRule: null, timetable: [], strategies: [], energyPs: 'four-ps' },
    principles: [],
  };
}
