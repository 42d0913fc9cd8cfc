import { afterEach, beforeEach, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import { syncShippedContent } from '../catalogue/seed.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { finaliseFromTemplate } from '../../test-support/template-snapshot.ts';
import { rewriteFrozenSnapshot } from '../../test-support/frozen-rows.ts';

// A plan frozen by an earlier version of JointPlan, under looser rules than today's (a name
// in a script handouts could not print yet, a start date typed as words), is history: it
// must still open, list and compare as it was stored, never fail the patient's whole page.

let h: ApiHarness;
let frozen: Plan;

beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
  const patient = await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName: 'Amina', familyName: 'Haddad' },
  });
  frozen = await finaliseFromTemplate(h, patient.id, 'template.ra-hand-flare');
  // What an earlier version could have frozen: rewrite the stored copy as it would be.
  const old = structuredClone(frozen.snapshot);
  if (!old) throw new Error('a finalised plan has a snapshot');
  old.patient.givenName = 'أمينة';
  const splint = old.plan.content.orthoses[0];
  if (!splint) throw new Error('the template has a splint');
  splint.schedule.startDate = 'Monday';
  rewriteFrozenSnapshot(h.db, frozen.id, canonicalJson(old));
});
afterEach(() => h.close());

it('opens a plan frozen under older rules, showing what was stored', async () => {
  const plan = await h.ok('plans.get', { id: frozen.id });
  expect(plan.snapshot?.patient.givenName).toBe('أمينة');
  expect(plan.snapshot?.plan.content.orthoses[0]?.schedule.startDate).toBe('Monday');
  const list = await h.ok('plans.list', { patientId: frozen.patientId });
  expect(list.map((p) => p.id)).toContain(frozen.id);
});

it('still builds the timeline and a new version from it', async () => {
  const timeline = await h.ok('history.timeline', { patientId: frozen.patientId });
  expect(timeline.entries.length).toBeGreaterThan(0);
  const draft = await h.ok('plans.revise', { id: frozen.id });
  expect(draft.version).toBe(2);
});
