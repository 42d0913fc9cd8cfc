import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Photo } from '../../shared/domain/photo.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { photoFile } from '../../test-support/photos.ts';
import { prepareMachine } from '../../test-support/test-record.ts';
import { setCatalogueSuggestion } from '../db/repositories/catalogue.ts';
import { requireTools, runOnPdf } from '../handout/pdf-tools.ts';

// Two harnesses are two computers, as in records.test.ts.
let here: ApiHarness;
let there: ApiHarness;

beforeEach(async () => {
  requireTools();
  here = await openApiHarness(new Date('2026-03-02T09:00:00.000Z'));
  there = await openApiHarness(new Date('2026-11-24T14:00:00.000Z'));
  await prepareMachine(here, 'Riverside Hand Therapy');
  await prepareMachine(there, 'Northgate Clinic');
});
afterEach(() => {
  here.close();
  there.close();
});

const base64 = (b: Buffer) => b.toString('base64');

async function photo(h: ApiHarness, description: string, w = 1000, hgt = 1000): Promise<Photo> {
  const prepared = await h.ok('photos.prepare', { dataBase64: base64(await photoFile(w, hgt)) });
  return { ...prepared, description };
}

/** A plan whose night splint carries this patient's photo and whose catalogue item the clinic's. */
async function planWithPhotos(h: ApiHarness) {
  const splint = await h.ok('catalogue.get', { id: 'orthosis.resting-hand' });
  if (splint.content.kind !== 'orthosis') throw new Error('a splint');
  await h.ok('catalogue.update', {
    id: splint.id,
    content: { ...splint.content, photo: await photo(h, 'Our night splint, from above.') },
  });
  const patient = await h.ok('patients.create', {
    patient: {
      ...emptyPatientInput(),
      givenName: 'Margaret',
      familyName: 'Okafor',
      diseaseStage: 'active-flare',
      affectedJoints: [{ joint: 'wrist', side: 'right' }],
    },
  });
  const draft = await h.ok('plans.createDraft', {
    patientId: patient.id,
    source: { from: 'template', templateId: 'template.ra-hand-flare' },
  });
  const onHand = await photo(h, 'Your splint on, straps done up snugly.', 800, 1200);
  await h.ok('plans.saveDraft', {
    id: draft.id,
    content: {
      ...draft.content,
      therapist: 'Jo Bloggs OT',
      reviewDate: '2026-06-01',
      orthoses: draft.content.orthoses.map((o, i) => ({
        ...o,
        side: 'right' as const,
        ...(i === 0 ? { photo: onHand } : {}),
      })),
    },
  });
  const plan = await h.ok('plans.finalise', { id: draft.id });
  return { patient, plan, onHand };
}

const jpegs = (pdfBase64: string) =>
  runOnPdf('pdfimages', ['-list'], Buffer.from(pdfBase64, 'base64'))
    .out.split('\n')
    .filter((l) => /\bjpeg\b/.test(l)).length;

describe('photos through the app', () => {
  it('refuses a file that is not a PNG or JPEG, naming the problem', async () => {
    const error = await here.failure('photos.prepare', {
      dataBase64: base64(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/not a PNG or JPEG/);
  });

  it('refuses a photo without a description', async () => {
    const prepared = await photo(here, 'x');
    const splint = await here.ok('catalogue.get', { id: 'orthosis.resting-hand' });
    const error = await here.failure('catalogue.update', {
      id: splint.id,
      content: { ...splint.content, photo: { ...prepared, description: '  ' } },
    });
    expect(error.fields?.['content.photo.description']).toMatch(/description is required/i);
  });

  it('freezes both photos with the plan and reprints its handout byte for byte', async () => {
    const { plan, onHand } = await planWithPhotos(here);
    expect(plan.snapshot?.plan.content.orthoses[0]?.photo).toEqual(onHand);
    const item = plan.snapshot?.catalogue['orthosis.resting-hand'];
    expect(item?.kind === 'orthosis' && item.photo?.description).toBe(
      'Our night splint, from above.',
    );
    const made = await here.ok('handouts.create', { planId: plan.id });
    expect(jpegs(made.pdfBase64)).toBe(2);
    // Removing the clinic's photo later changes nothing already given.
    const splint = await here.ok('catalogue.get', { id: 'orthosis.resting-hand' });
    const { photo: _gone, ...bare } = splint.content as Extract<
      typeof splint.content,
      { kind: 'orthosis' }
    >;
    await here.ok('catalogue.update', { id: splint.id, content: bare });
    const again = await here.ok('handouts.reprint', { id: made.id });
    expect(again.pdfBase64).toBe(made.pdfBase64);
  });

  it('travels in an exported record and reprints there byte for byte', async () => {
    const { patient, plan } = await planWithPhotos(here);
    const made = await here.ok('handouts.create', { planId: plan.id });
    const { text } = await here.ok('records.export', {
      patientId: patient.id,
      protection: { unprotected: true },
    });
    await there.ok('records.import', { text });
    expect(await there.ok('plans.get', { id: plan.id })).toEqual(plan);
    const reprinted = await there.ok('handouts.reprint', { id: made.id });
    expect(reprinted.pdfBase64).toBe(made.pdfBase64);
  });

  it('keeps the clinic’s photo when it accepts the app’s corrected wording for the item', async () => {
    const splint = await here.ok('catalogue.get', { id: 'orthosis.resting-hand' });
    if (splint.content.kind !== 'orthosis') throw new Error('a splint');
    const ours = await photo(here, 'Our night splint, from above.');
    await here.ok('catalogue.update', {
      id: splint.id,
      content: { ...splint.content, photo: ours },
    });
    const corrected = { ...splint.content, purpose: 'It rests your wrist and fingers at night.' };
    setCatalogueSuggestion(here.db, splint.id, corrected, '2026-03-03T09:00:00.000Z');
    const accepted = await here.ok('catalogue.acceptSuggestion', { id: splint.id });
    expect(accepted.content).toEqual({ ...corrected, photo: ours });
  });

  it('keeps the patient’s own photo out of a template saved from their plan', async () => {
    const { plan } = await planWithPhotos(here);
    const saved = await here.ok('templates.saveFromPlan', {
      planId: plan.id,
      name: 'Flare',
      description: null,
    });
    const other = await here.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Baker' },
    });
    const draft = await here.ok('plans.createDraft', {
      patientId: other.id,
      source: { from: 'template', templateId: saved.id },
    });
    expect(draft.content.orthoses.every((o) => o.photo === undefined)).toBe(true);
  });
});
