import type { z } from 'zod';
import type { PlanContent } from '../../../shared/domain/plan.ts';
import {
  storedAffectedJointsSchema,
  storedItemDataSchemas as data,
  storedRestSchema,
} from '../../../shared/domain/plan-stored.ts';
import { readStoredJson } from './stored-json.ts';

// How a plan's content is laid out in the database: a few columns of its plans row, and one
// plan_items row per goal, splint, piece of equipment, principle and energy-saving strategy.
// Private to the plans repository (and this folder).

/** The columns of a plans row that hold content. */
export interface ContentColumns {
  title: string;
  plan_date: string;
  therapist: string;
  review_date: string | null;
  affected_joints: string;
  rest: string;
}

type Section = 'goal' | 'orthosis' | 'equipment' | 'principle' | 'strategy';

export interface ItemRow {
  section: Section;
  position: number;
  catalogue_id: string | null;
  data: string;
}

/** Splits plan content into the plan row's columns and its ordered item rows. */
export function toRows(content: PlanContent): {
  header: Record<string, string | null>;
  items: ItemRow[];
} {
  const { strategies, ...rest } = content.rest;
  const items: ItemRow[] = [
    ...content.goals.map((g, position) => ({
      section: 'goal' as const,
      position,
      catalogue_id: null,
      data: JSON.stringify(g),
    })),
    ...content.orthoses.map(({ catalogueId, ...data }, position) => ({
      section: 'orthosis' as const,
      position,
      catalogue_id: catalogueId,
      data: JSON.stringify(data),
    })),
    ...content.equipment.map(({ catalogueId, ...data }, position) => ({
      section: 'equipment' as const,
      position,
      catalogue_id: catalogueId,
      data: JSON.stringify(data),
    })),
    ...content.principles.map(({ catalogueId, ...data }, position) => ({
      section: 'principle' as const,
      position,
      catalogue_id: catalogueId,
      data: JSON.stringify(data),
    })),
    ...strategies.map(({ catalogueId, ...data }, position) => ({
      section: 'strategy' as const,
      position,
      catalogue_id: catalogueId,
      data: JSON.stringify(data),
    })),
  ];
  return {
    header: {
      title: content.title,
      plan_date: content.planDate,
      therapist: content.therapist,
      review_date: content.reviewDate,
      affected_joints: JSON.stringify(content.affectedJoints),
      rest: JSON.stringify(rest),
    },
    items,
  };
}

/**
 * Reads plan content back through the stored-shape schemas (plan-stored.ts): as it was
 * written, whatever text rules were in force then; a broken row is named as damage.
 */
export function toContent(row: ContentColumns & { id: string }, items: ItemRow[]): PlanContent {
  const column = (name: 'affected_joints' | 'rest') => ({
    table: 'plans',
    id: row.id,
    column: name,
  });
  const of = (section: Section) =>
    items.filter((i) => i.section === section).sort((a, b) => a.position - b.position);
  const dataOf = <T>(schema: z.ZodType<T>, i: ItemRow): T =>
    readStoredJson(schema, i.data, {
      table: 'plan_items',
      id: `(plan ${row.id}, ${i.section} ${i.position})`,
      column: 'data',
    });
  // The catalogue id is its own column; the data holds the rest of the entry.
  const withRef = <T extends object>(schema: z.ZodType<T>, i: ItemRow) => ({
    catalogueId: i.catalogue_id ?? '',
    ...dataOf(schema, i),
  });
  return {
    title: row.title,
    planDate: row.plan_date,
    therapist: row.therapist,
    affectedJoints: readStoredJson(
      storedAffectedJointsSchema,
      row.affected_joints,
      column('affected_joints'),
    ),
    goals: of('goal').map((i) => dataOf(data.goal, i)),
    reviewDate: row.review_date,
    orthoses: of('orthosis').map((i) => withRef(data.orthosis, i)),
    equipment: of('equipment').map((i) => withRef(data.equipment, i)),
    rest: {
      ...readStoredJson(storedRestSchema, row.rest, column('rest')),
      strategies: of('strategy').map((i) => ({ catalogueId: i.catalogue_id ?? '' })),
    },
    principles: of('principle').map((i) => withRef(data.principle, i)),
  };
}
