import type { Plan, PlanContent } from '../../shared/domain/plan.ts';
import type { FrozenPlan, PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import * as catalogue from '../db/repositories/catalogue.ts';
import { currentSafety } from '../plans/safety.ts';
import { buildSnapshot, catalogueIdsOf } from '../plans/snapshot.ts';
import { type ApiContext, mustFindPatient } from './context.ts';

/**
 * A plan version frozen from its content, its patient and the catalogue as they read now:
 * what finalising stores, and how a draft is shown beside frozen versions.
 */
export function freezeVersion(
  ctx: ApiContext,
  plan: Pick<Plan, 'id' | 'patientId' | 'version' | 'previousId'>,
  content: PlanContent,
  at: string,
  by: string,
): FrozenPlan {
  const items = catalogue.findCatalogueItems(ctx.db, catalogueIdsOf(content));
  return buildSnapshot({
    plan: { id: plan.id, version: plan.version, previousId: plan.previousId, content },
    patient: mustFindPatient(ctx, plan.patientId),
    catalogue: new Map(items.map((i) => [i.id, i.content])),
    finalisedAt: at,
    finalisedBy: by,
    safety: currentSafety(ctx.db),
  });
}

/** A plan version as the therapist saw it: the frozen snapshot, or one built now for a draft. */
export function versionView(ctx: ApiContext, plan: Plan): PlanSnapshot {
  return (
    plan.snapshot ??
    freezeVersion(ctx, plan, plan.content, plan.updatedAt, plan.content.therapist).snapshot
  );
}
