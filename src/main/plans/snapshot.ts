import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import type { HandoutSafety } from '../../shared/domain/handout-safety.ts';
import type { Patient } from '../../shared/domain/patient.ts';
import type { PlanContent } from '../../shared/domain/plan.ts';
import type { FrozenPlan, PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';

/** Every catalogue id a plan's content refers to. */
export function catalogueIdsOf(content: PlanContent): string[] {
  return [
    ...content.orthoses.map((i) => i.catalogueId),
    ...content.equipment.map((i) => i.catalogueId),
    ...content.principles.map((i) => i.catalogueId),
    ...content.rest.strategies.map((i) => i.catalogueId),
    ...(content.rest.breakRule?.pacingId ? [content.rest.breakRule.pacingId] : []),
  ];
}

export interface SnapshotInput {
  plan: { id: string; version: number; previousId: string | null; content: PlanContent };
  patient: Patient;
  catalogue: ReadonlyMap<string, CatalogueContent>;
  finalisedAt: string;
  finalisedBy: string;
  /** The clinic's safety box and the shared splint lines, frozen with the plan. */
  safety: HandoutSafety;
}

/** A snapshot with its canonical text and that text's SHA-256: the same plan, the same bytes. */
export function sealSnapshot(snapshot: PlanSnapshot): FrozenPlan {
  const json = canonicalJson(snapshot);
  return { snapshot, json, sha256: createHash('sha256').update(json).digest('hex') };
}

/** The frozen plan: the snapshot, its canonical JSON and its SHA-256. */
export function buildSnapshot(input: SnapshotInput): FrozenPlan {
  return sealSnapshot({
    format: 1,
    plan: { ...input.plan, finalisedAt: input.finalisedAt, finalisedBy: input.finalisedBy },
    patient: {
      id: input.patient.id,
      givenName: input.patient.givenName,
      familyName: input.patient.familyName,
      preferredName: input.patient.preferredName,
      dateOfBirth: input.patient.dateOfBirth,
      chartNumber: input.patient.chartNumber,
      // Only when recorded: a plan without one keeps the snapshot (and hash) it always had.
      ...(input.patient.diseaseStage ? { diseaseStage: input.patient.diseaseStage } : {}),
    },
    catalogue: Object.fromEntries(
      catalogueIdsOf(input.plan.content).map((id) => {
        const content = input.catalogue.get(id);
        if (!content) throw new Error(`Catalogue item ${id} is missing from the snapshot input`);
        return [id, content];
      }),
    ),
    safety: input.safety,
  });
}
