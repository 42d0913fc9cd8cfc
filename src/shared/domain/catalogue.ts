import { z } from 'zod';
import { photoSchema, storedPhotoSchema } from './photo.ts';
import { JOINT_FAMILIES } from './joints.ts';
import { storedWearingScheduleSchema, wearingScheduleSchema } from './schedule.ts';
import { PRINTED, requiredLine } from './text-fields.ts';
import { BODY_REGIONS, DAILY_ACTIVITIES, ENERGY_PS } from './catalogue-lists.ts';

// The lists and their words live in their own schema-free module (the handout worker loads
// them): every name is still exported from here.
export * from './catalogue-lists.ts';

export const CATALOGUE_KINDS = [
  'orthosis',
  'equipment',
  'principle',
  'strategy',
  'pacing',
] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];
export const CATALOGUE_KIND_LABELS: Record<CatalogueKind, string> = {
  orthosis: 'Splints and braces',
  equipment: 'Equipment',
  principle: 'Joint-protection principles',
  strategy: 'Energy conservation',
  pacing: 'Rest and pacing',
};

export const ORTHOSIS_TYPES = [
  'resting-hand',
  'working-wrist',
  'thumb',
  'finger-ring',
  'mcp-ulnar-deviation',
  'elbow',
  'knee',
  'foot',
  'other',
] as const;

/** Icon names from the app's icon set (resources/icons); the handout draws the same ones. */
export const iconSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'Icon names are short lower-case words');

const jointFamilySchema = z.enum(JOINT_FAMILIES.map((f) => f.family) as [string, ...string[]]);
const textList = (label: string) =>
  z.array(requiredLine(label, 300, PRINTED)).max(20, `At most 20 ${label.toLowerCase()} lines`);

export const orthosisContentSchema = z.strictObject({
  kind: z.literal('orthosis'),
  name: requiredLine('Name', 100, PRINTED),
  orthosisType: z.enum(ORTHOSIS_TYPES),
  fitsJoints: z.array(jointFamilySchema).min(1, 'Choose the joints it fits'),
  purpose: requiredLine('Purpose', 400, PRINTED),
  defaultSchedule: wearingScheduleSchema,
  care: textList('Care'),
  warningSigns: textList('Warning sign'),
  icon: iconSchema,
  /** The clinic's own photo of it, printed beside it on the handout. */
  photo: photoSchema.nullable().optional(),
});

export const equipmentContentSchema = z.strictObject({
  kind: z.literal('equipment'),
  name: requiredLine('Name', 100, PRINTED),
  activity: z.enum(DAILY_ACTIVITIES),
  helpsWith: requiredLine('What it helps with', 300, PRINTED),
  howTo: requiredLine('How-to tip', 400, PRINTED),
  icon: iconSchema,
  /** The clinic's own photo of it, printed beside it on the handout. */
  photo: photoSchema.nullable().optional(),
});

export const principleContentSchema = z.strictObject({
  kind: z.literal('principle'),
  title: requiredLine('Title', 100, PRINTED),
  explanation: requiredLine('Explanation', 600, PRINTED),
  examples: z.partialRecord(z.enum(BODY_REGIONS), requiredLine('Example', 300, PRINTED)),
  icon: iconSchema,
});

export const strategyContentSchema = z.strictObject({
  kind: z.literal('strategy'),
  title: requiredLine('Title', 100, PRINTED),
  p: z.enum(ENERGY_PS),
  explanation: requiredLine('Explanation', 600, PRINTED),
  icon: iconSchema,
});

export const pacingContentSchema = z.strictObject({
  kind: z.literal('pacing'),
  name: requiredLine('Name', 100, PRINTED),
  activityMinutes: z.int().min(5).max(240),
  restMinutes: z.int().min(1).max(120),
  description: requiredLine('Description', 400, PRINTED),
  icon: iconSchema,
});

export const catalogueContentSchema = z.discriminatedUnion('kind', [
  orthosisContentSchema,
  equipmentContentSchema,
  principleContentSchema,
  strategyContentSchema,
  pacingContentSchema,
]);
export type CatalogueContent = z.infer<typeof catalogueContentSchema>;
export type OrthosisContent = z.infer<typeof orthosisContentSchema>;
export type EquipmentContent = z.infer<typeof equipmentContentSchema>;

/**
 * An item's content as stored, for reading it back: types and structure only. The rules above
 * are for what is typed now; a name or care line an earlier version accepted (in a script the
 * handout fonts lacked then, say) is still the clinic's item, and reads as written.
 */
export const storedCatalogueContentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('orthosis'),
    name: z.string(),
    orthosisType: z.enum(ORTHOSIS_TYPES),
    fitsJoints: z.array(z.string()),
    purpose: z.string(),
    defaultSchedule: storedWearingScheduleSchema,
    care: z.array(z.string()),
    warningSigns: z.array(z.string()),
    icon: z.string(),
    photo: storedPhotoSchema.nullable().optional(),
  }),
  z.object({
    kind: z.literal('equipment'),
    name: z.string(),
    activity: z.enum(DAILY_ACTIVITIES),
    helpsWith: z.string(),
    howTo: z.string(),
    icon: z.string(),
    photo: storedPhotoSchema.nullable().optional(),
  }),
  z.object({
    kind: z.literal('principle'),
    title: z.string(),
    explanation: z.string(),
    examples: z.partialRecord(z.enum(BODY_REGIONS), z.string()),
    icon: z.string(),
  }),
  z.object({
    kind: z.literal('strategy'),
    title: z.string(),
    p: z.enum(ENERGY_PS),
    explanation: z.string(),
    icon: z.string(),
  }),
  z.object({
    kind: z.literal('pacing'),
    name: z.string(),
    activityMinutes: z.number(),
    restMinutes: z.number(),
    description: z.string(),
    icon: z.string(),
  }),
]) satisfies z.ZodType<CatalogueContent>;

const THERAPISTS_OWN_ID = /^[0-9a-f-]{36}$/;

/** Shipped items are named ("orthosis.resting-hand"); the therapist's own are UUIDs. */
export const catalogueIdSchema = z
  .string()
  .regex(/^([a-z]+\.[a-z0-9.-]{1,90}|[0-9a-f-]{36})$/, 'Not a catalogue item id');

/** True for an item the app ships, false for one a therapist added. */
export const isSeedId = (catalogueId: string): boolean => !THERAPISTS_OWN_ID.test(catalogueId);

export interface CatalogueItem {
  id: string;
  content: CatalogueContent;
  /** True for items the app ships (their id is the seed id); false for the therapist's own. */
  fromSeed: boolean;
  /** True once a therapist has changed a seeded item: seed updates then leave it alone. */
  edited: boolean;
  retiredAt: string | null;
  /**
   * Corrected wording the app now ships for a seeded item the therapist edited: offered on the
   * item's page to accept or dismiss, never applied on its own. Null when there is none.
   */
  suggestion: CatalogueContent | null;
  /** Other names therapists use for it, searched but never printed. */
  synonyms: string[];
  /** True for an item added inside one plan and not (yet) saved to the catalogue. */
  oneOff: boolean;
  createdAt: string;
  updatedAt: string;
}
