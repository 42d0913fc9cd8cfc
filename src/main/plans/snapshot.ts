import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import type { HandoutSafety } from '../../shared/domain/handout-safety.ts';
import type { Patient } from '../../shared/domain/patient.ts';
import type { PlanContent } from '../../shared/domain/plan.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';

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

/** The frozen plan as canonical JSON, and its SHA-256: the same plan always gives the same bytes. */
export function buildSnapshot(input: SnapshotInput): { json: string; sha256: string } {
  const snapshot: PlanSnapshot = {
    format: 1,
    plan: { ...input.plan, finalisedAt: input.finalisedAt, finalisedBy: input.finalisedBy },
    patient: {
      id: input.patient.id,
      givenName: input.patient.givenName,
      familyName: input.patient.familyName,
      preferredName: input.patient.preferredName,
      dateOfBirth: input.patient.dateOfBirth,
      chartNumber: input.patient.chartNumber,
    },
    catalogue: Object.fromEntries(
      catalogueIdsOf(input.plan.content).map((id) => {
        const content = input.catalogue.get(id);
        if (!content) throw new Error(`Catalogue item ${id} is missing from the snapshot input`);
        return [id, content];
      }),
    ),
    safety: input.safety,
  };
  const json = canonicalJson(snapshot);
  return { json, sha256: createHash('sha256').update(json).digest('hex') };
}
