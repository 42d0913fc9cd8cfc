import type { AffectedJoint } from '../shared/domain/joints.ts';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import type { Plan, PlanContent } from '../shared/domain/plan.ts';
import type { PlanSnapshot } from '../shared/domain/plan-snapshot.ts';
import { syncShippedContent } from '../main/catalogue/seed.ts';
import { openApiHarness, type ApiHarness } from './api-harness.ts';

/** The joints a patient for each built-in template would have recorded. */
export const TEMPLATE_PATIENT_JOINTS: Record<string, AffectedJoint[]> = {
  'template.ra-hand-flare': [
    { joint: 'wrist', side: 'right' },
    { joint: 'mcp2', side: 'right' },
  ],
  'template.ra-hand-stable': [{ joint: 'wrist', side: 'left' }],
  'template.ra-hand-deformity': [
    { joint: 'cmc', side: 'right' },
    { joint: 'pip3', side: 'right' },
  ],
  'template.ra-knee-foot': [
    { joint: 'knee', side: 'left' },
    { joint: 'mtp1', side: 'left' },
    { joint: 'mtp1', side: 'right' },
  ],
  'template.energy-conservation': [],
};

/**
 * A plan from a built-in template for `patientId`, completed the least a therapist must (a
 * side for each splint, a schedule for any the template left unset, a therapist, a review
 * date) and finalised through the API, as the app makes it; `edit` changes the content first.
 */
export async function finaliseFromTemplate(
  h: ApiHarness,
  patientId: string,
  templateId: string,
  edit: (c: PlanContent) => PlanContent = (c) => c,
): Promise<Plan> {
  const draft = await h.ok('plans.createDraft', {
    patientId,
    source: { from: 'template', templateId },
  });
  const c = draft.content;
  const content: PlanContent = {
    ...c,
    therapist: 'Priya Shah, Hand Therapist',
    reviewDate: '2026-04-13',
    orthoses: c.orthoses.map((o) => ({
      ...o,
      side: o.side ?? 'right',
      schedule:
        o.schedule.usual.type === 'unset'
          ? { ...o.schedule, usual: { type: 'activities', activities: ['Write', 'Cook'] } }
          : o.schedule,
    })),
  };
  await h.ok('plans.saveDraft', { id: draft.id, content: edit(content) });
  return h.ok('plans.finalise', { id: draft.id });
}

/** The snapshot of a plan from a built-in template (see finaliseFromTemplate). */
export async function templateSnapshot(
  templateId: string,
  edit: (c: PlanContent) => PlanContent = (c) => c,
): Promise<PlanSnapshot> {
  const h = await openApiHarness(new Date('2026-03-02T09:30:00.000Z'));
  try {
    syncShippedContent(h.db, h.clock.now.toISOString());
    const patient = await h.ok('patients.create', {
      patient: {
        ...emptyPatientInput(),
        givenName: 'Ann',
        familyName: 'Baker',
        affectedJoints: TEMPLATE_PATIENT_JOINTS[templateId] ?? [],
      },
    });
    const plan = await finaliseFromTemplate(h, patient.id, templateId, edit);
    if (plan.snapshot === null) throw new Error('a finalised plan carries its snapshot');
    return plan.snapshot;
  } finally {
    h.close();
  }
}
