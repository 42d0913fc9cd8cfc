import type { AffectedJoint } from '../../../shared/domain/joints.ts';
import type { PlanContent } from '../../../shared/domain/plan.ts';

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

export function toContent(row: ContentColumns, items: ItemRow[]): PlanContent {
  const of = (section: Section) =>
    items.filter((i) => i.section === section).sort((a, b) => a.position - b.position);
  const withRef = <T>(i: ItemRow) => ({
    catalogueId: i.catalogue_id ?? '',
    ...(JSON.parse(i.data) as T),
  });
  const rest = JSON.parse(row.rest) as Omit<PlanContent['rest'], 'strategies' | 'energyPs'> & {
    energyPs?: PlanContent['rest']['energyPs'];
  };
  return {
    title: row.title,
    planDate: row.plan_date,
    therapist: row.therapist,
    affectedJoints: JSON.parse(row.affected_joints) as AffectedJoint[],
    goals: of('goal').map((i) => JSON.parse(i.data) as PlanContent['goals'][number]),
    reviewDate: row.review_date,
    orthoses: of('orthosis').map((i) =>
      withRef<Omit<PlanContent['orthoses'][number], 'catalogueId'>>(i),
    ),
    equipment: of('equipment').map((i) =>
      withRef<Omit<PlanContent['equipment'][number], 'catalogueId'>>(i),
    ),
    rest: {
      ...rest,
      // Plans saved before this setting existed read as its default.
      energyPs: rest.energyPs ?? 'four-ps',
      strategies: of('strategy').map((i) => ({ catalogueId: i.catalogue_id ?? '' })),
    },
    principles: of('principle').map((i) =>
      withRef<Omit<PlanContent['principles'][number], 'catalogueId'>>(i),
    ),
  };
}
