import { emptyPatientInput, type Patient } from '../shared/domain/patient.ts';
import type { Plan } from '../shared/domain/plan.ts';
import { defaultSettings } from '../shared/domain/settings.ts';
import { testSplint } from './catalogue-content.ts';
import { syncShippedContent } from '../main/catalogue/seed.ts';
import type { ApiHarness } from './api-harness.ts';

/** A 1×1 PNG, printed in the handout header. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A splint the therapist added to their own catalogue: another computer will not have it. */
export const ownSplint = testSplint({
  name: 'Custom thumb spica',
  orthosisType: 'thumb',
  fitsJoints: ['cmc'],
  purpose: 'Supports the base of the thumb when pinching.',
  care: ['Wash in lukewarm water.'],
  warningSigns: ['Numbness or tingling.'],
});

export async function prepareMachine(h: ApiHarness, clinicName: string): Promise<void> {
  syncShippedContent(h.db, h.clock.now.toISOString());
  await h.ok('settings.update', {
    settings: {
      ...defaultSettings(),
      clinicName,
      therapistName: 'Jo Bloggs OT',
      therapists: ['Jo Bloggs OT'],
      logo: { mediaType: 'image/png', dataBase64: PNG_BASE64 },
    },
  });
}

export interface FullRecord {
  patient: Patient;
  plans: Plan[];
  ownItemId: string;
  handoutIds: string[];
  sessionId: string;
}

/**
 * A patient with everything a record holds: two finalised versions (the first superseded),
 * a draft naming one of the therapist's own catalogue items, a handout from each finalised
 * version, and a recorded session.
 */
export async function buildFullRecord(h: ApiHarness, chartNumber = 'RH-1001'): Promise<FullRecord> {
  const patient = await h.ok('patients.create', {
    patient: {
      ...emptyPatientInput(),
      givenName: 'Margaret',
      familyName: 'Okafor',
      dateOfBirth: '1956-03-03',
      chartNumber,
      diagnosis: 'Rheumatoid arthritis, seropositive (M05)',
      affectedJoints: [{ joint: 'wrist', side: 'right' }],
      notes: 'Lives alone; daughter visits on Sundays.',
    },
  });
  const ownItemId = (await h.ok('catalogue.create', { content: ownSplint })).id;
  const first = await h.ok('plans.createDraft', {
    patientId: patient.id,
    source: { from: 'template', templateId: 'template.ra-hand-flare' },
  });
  await h.ok('plans.saveDraft', {
    id: first.id,
    content: { ...first.content, reviewDate: '2026-06-01' },
  });
  const v1 = await h.ok('plans.finalise', { id: first.id });
  const handout1 = await h.ok('handouts.create', { planId: v1.id, wearLog: true });
  const second = await h.ok('plans.revise', { id: v1.id });
  await h.ok('plans.saveDraft', {
    id: second.id,
    content: { ...second.content, title: 'Hands, after the flare', reviewDate: '2026-09-01' },
  });
  const v2 = await h.ok('plans.finalise', { id: second.id });
  const handout2 = await h.ok('handouts.create', { planId: v2.id, largePrint: true });
  const third = await h.ok('plans.revise', { id: v2.id });
  const draft = await h.ok('plans.saveDraft', {
    id: third.id,
    content: {
      ...third.content,
      orthoses: [
        ...third.content.orthoses,
        {
          catalogueId: ownItemId,
          side: 'left',
          joints: ['cmc'],
          schedule: ownSplint.defaultSchedule,
          precautions: null,
          notes: 'Try for two weeks.',
        },
      ],
    },
  });
  const session = await h.ok('sessions.plan', {
    patientId: patient.id,
    sessionDate: h.clock.now.toISOString().slice(0, 10),
  });
  await h.ok('sessions.record', {
    id: session.id,
    outcome: {
      pain: 4,
      adherence: 'mostly',
      checklist: session.checklist,
      notes: 'Wrist sore after gardening.',
      changes: 'Strap padded.',
    },
  });
  // …and corrected, so the record carries an earlier version of it too.
  await h.ok('sessions.record', {
    id: session.id,
    outcome: {
      pain: 3,
      adherence: 'mostly',
      checklist: session.checklist,
      notes: 'Wrist sore after gardening, better by Monday.',
      changes: 'Strap padded.',
    },
  });
  return {
    patient: await h.ok('patients.get', { id: patient.id }),
    plans: [await h.ok('plans.get', { id: v1.id }), v2, draft],
    ownItemId,
    handoutIds: [handout1.id, handout2.id],
    sessionId: session.id,
  };
}
