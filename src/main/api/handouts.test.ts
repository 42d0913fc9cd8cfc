import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { defaultSettings } from '../../shared/domain/settings.ts';
import { syncShippedContent } from '../catalogue/seed.ts';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, requireTools } from '../handout/pdf-tools.ts';
import { renderHandout } from '../handout/render.ts';
import { CURRENT_LAYOUT } from '../handout/options.ts';
import { SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { findSnapshot } from '../db/repositories/plans.ts';
import { rewriteFrozenSnapshot } from '../../test-support/frozen-rows.ts';

let h: ApiHarness;
let planId: string;

beforeEach(async () => {
  requireTools();
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
  await h.ok('settings.update', {
    settings: {
      ...defaultSettings(),
      clinicName: 'Riverside Hand Therapy',
      clinicPhone: '01603 555 0192',
      redMarkMinutes: 30,
    },
  });
  const patient = await h.ok('patients.create', {
    patient: {
      ...emptyPatientInput(),
      givenName: 'José',
      familyName: 'García',
      affectedJoints: [{ joint: 'wrist', side: 'right' }],
    },
  });
  const draft = await h.ok('plans.createDraft', {
    patientId: patient.id,
    source: { from: 'template', templateId: 'template.ra-hand-flare' },
  });
  await h.ok('plans.saveDraft', {
    id: draft.id,
    content: { ...draft.content, therapist: 'Jo Bloggs OT', reviewDate: '2026-06-01' },
  });
  planId = (await h.ok('plans.finalise', { id: draft.id })).id;
});
afterEach(() => h.close());

const bytes = (base64: string) => Buffer.from(base64, 'base64');

describe('handouts', () => {
  it('makes a valid PDF from a finalised plan with the clinic settings, and records it', async () => {
    const file = await h.ok('handouts.create', { planId });
    const pdf = bytes(file.pdfBase64);
    expect(qpdfCheck(pdf).code).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('Riverside Hand Therapy');
    expect(text).toContain('José García');
    expect(text).toContain('still there 30 minutes after you take it off');
    expect(file).toMatchObject({ paper: 'A4', largePrint: false, wearLog: false });
    expect(file.fileName).toBe('handout-garcia-jose-v1-2026-03-02.pdf');
    expect(await h.ok('handouts.list', { planId })).toEqual([
      {
        id: file.id,
        planId,
        createdAt: file.createdAt,
        sha256: file.sha256,
        paper: 'A4',
        largePrint: false,
        wearLog: false,
        sheet: 'full',
        language: 'en',
      },
    ]);
  });

  it('takes paper and print size from the settings unless chosen, and a choice wins', async () => {
    await h.ok('settings.update', {
      settings: { ...(await h.ok('settings.get', {})), paperSize: 'Letter', printSize: 'large' },
    });
    expect(await h.ok('handouts.create', { planId })).toMatchObject({
      paper: 'Letter',
      largePrint: true,
    });
    expect(await h.ok('handouts.create', { planId, paper: 'A4', largePrint: false })).toMatchObject(
      { paper: 'A4', largePrint: false },
    );
  });

  it('reprints exactly what was given, byte for byte, even after the clinic settings change', async () => {
    const first = await h.ok('handouts.create', { planId, wearLog: true });
    await h.ok('settings.update', {
      settings: { ...(await h.ok('settings.get', {})), clinicName: 'New Name Clinic' },
    });
    const again = await h.ok('handouts.reprint', { id: first.id });
    expect(again.pdfBase64).toBe(first.pdfBase64);
    expect(again.sha256).toBe(first.sha256);
    expect(pdfText(bytes(again.pdfBase64))).toContain('Riverside Hand Therapy');
    const fresh = await h.ok('handouts.create', { planId });
    expect(pdfText(bytes(fresh.pdfBase64))).toContain('New Name Clinic');
  });

  it('refuses a draft, and text the handout font cannot print, naming the characters', async () => {
    const plan = await h.ok('plans.get', { id: planId });
    const draft = await h.ok('plans.revise', { id: plan.id });
    expect((await h.failure('handouts.create', { planId: draft.id })).code).toBe('conflict');

    // Refused where it is typed…
    const settings = await h.ok('settings.get', {});
    const typed = await h.failure('settings.update', {
      settings: { ...settings, clinicName: 'Riverside 🏥' },
    });
    expect(typed.fields?.['settings.clinicName']).toContain('"🏥" (U+1F3E5)');
    // …and, for text saved before that check existed, again when the handout is made.
    h.db
      .prepare('UPDATE settings SET data = ? WHERE id = 1')
      .run(JSON.stringify({ ...settings, clinicName: 'Riverside 🏥' }));
    const error = await h.failure('handouts.create', { planId });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('🏥');
    expect(await h.ok('handouts.list', { planId })).toEqual([]);
  });

  it('draws with the embedded JointPlan fonts, and reprints a handout made before them with Atkinson Hyperlegible, byte for byte', async () => {
    const file = await h.ok('handouts.create', { planId });
    expect(pdfFonts(bytes(file.pdfBase64))).toMatch(/JointPlanSans-Regular/);

    // A handout recorded before font sets existed: its options name no set.
    const stored = h.db
      .prepare('SELECT options FROM handout_exports WHERE id = ?')
      .get(file.id) as {
      options: string;
    };
    const { fontSet: _current, ...legacyOptions } = JSON.parse(stored.options) as {
      fontSet?: string;
    };
    const snapshot = JSON.parse(findSnapshot(h.db, planId)?.json ?? '') as PlanSnapshot;
    const legacyPdf = await renderHandout(sealSnapshot(snapshot), {
      ...SAMPLE_OPTIONS,
      clinic: { name: 'Riverside Hand Therapy', address: '', phone: '01603 555 0192', logo: null },
      redMarkMinutes: 30,
      wearLog: false,
      fontSet: 'atkinson-1',
    });
    const legacyId = '0b7c3d7e-6c1f-4e7a-9a43-2f1d0c9b8a71';
    h.db
      .prepare(
        'INSERT INTO handout_exports (id, plan_id, options, sha256, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        legacyId,
        planId,
        JSON.stringify(legacyOptions),
        createHash('sha256').update(legacyPdf).digest('hex'),
        '2026-03-01T10:00:00.000Z',
      );
    const reprint = await h.ok('handouts.reprint', { id: legacyId });
    expect(bytes(reprint.pdfBase64).equals(legacyPdf)).toBe(true);
    expect(pdfFonts(legacyPdf)).toMatch(/AtkinsonHyperlegible-Regular/);
  });

  it('gives a plan finalised before the "Get help quickly" box the clinic’s box now, and reprints it as made', async () => {
    // As a plan finalised before the box was frozen into snapshots (test-only: lift the freeze).
    const { safety: _safety, ...old } = JSON.parse(
      findSnapshot(h.db, planId)?.json ?? '',
    ) as PlanSnapshot;
    rewriteFrozenSnapshot(h.db, planId, JSON.stringify(old));

    const made = await h.ok('handouts.create', { planId });
    const text = pdfText(bytes(made.pdfBase64)).replace(/\s+/g, ' ');
    expect(text).toContain('Get help quickly if you have any of these');
    expect(text).toContain('A swollen, hot or painful calf');
    const settings = await h.ok('settings.get', {});
    await h.ok('settings.update', {
      settings: {
        ...settings,
        getHelp: [
          { urgency: 'emergency', sign: 'Chest pain', action: 'Call 911 now.', phone: null },
        ],
      },
    });
    const again = await h.ok('handouts.reprint', { id: made.id });
    expect(again.sha256).toBe(made.sha256);
    const fresh = await h.ok('handouts.create', { planId });
    expect(pdfText(bytes(fresh.pdfBase64))).toContain('Chest pain');
  });

  it('makes "My plan on a page": one large-print page, recorded, and reprinted byte for byte', async () => {
    const file = await h.ok('handouts.create', { planId, sheet: 'one-page' });
    const pdf = bytes(file.pdfBase64);
    expect(qpdfCheck(pdf).code).toBe(0);
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('My plan on a page');
    expect(text).toContain('01603 555 0192');
    expect(file).toMatchObject({ largePrint: true, wearLog: false, sheet: 'one-page' });
    const [listed] = await h.ok('handouts.list', { planId });
    expect(listed).toMatchObject({ id: file.id, sheet: 'one-page' });
    const again = await h.ok('handouts.reprint', { id: file.id });
    expect(again.pdfBase64).toBe(file.pdfBase64);
  });

  it('records the layout with a new handout, and reprints one recorded before layouts with layout 1', async () => {
    const file = await h.ok('handouts.create', { planId });
    const stored = h.db
      .prepare('SELECT options FROM handout_exports WHERE id = ?')
      .get(file.id) as {
      options: string;
    };
    const { layout, ...before } = JSON.parse(stored.options) as { layout?: number };
    expect(layout).toBe(CURRENT_LAYOUT);
    const snapshot = JSON.parse(findSnapshot(h.db, planId)?.json ?? '') as PlanSnapshot;
    // What the app made before layouts were recorded: layout 1's bytes.
    const old = await renderHandout(sealSnapshot(snapshot), {
      ...SAMPLE_OPTIONS,
      clinic: { name: 'Riverside Hand Therapy', address: '', phone: '01603 555 0192', logo: null },
      wearLog: false,
      layout: 1,
      ...('safety' in before ? { safety: (before as { safety: never }).safety } : {}),
    });
    expect(old.equals(bytes(file.pdfBase64))).toBe(false);
    const oldId = '7d0c1c52-4b7e-4a39-9d0e-5b8f5a0c2e11';
    h.db
      .prepare(
        'INSERT INTO handout_exports (id, plan_id, options, sha256, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        oldId,
        planId,
        JSON.stringify(before),
        createHash('sha256').update(old).digest('hex'),
        '2026-03-01T10:00:00.000Z',
      );
    const reprint = await h.ok('handouts.reprint', { id: oldId });
    expect(bytes(reprint.pdfBase64).equals(old)).toBe(true);
  });
});

describe('handouts in the patient’s language', () => {
  it('records the language with each handout, and reprints a Spanish one byte for byte in Spanish', async () => {
    const spanish = await h.ok('handouts.create', { planId, language: 'es' });
    expect(spanish.language).toBe('es');
    expect(pdfText(bytes(spanish.pdfBase64))).toContain('Su plan de un vistazo');
    const english = await h.ok('handouts.create', { planId });
    expect(english.language).toBe('en');
    expect(pdfText(bytes(english.pdfBase64))).toContain('Your plan at a glance');

    const listed = await h.ok('handouts.list', { planId });
    expect(listed.map((e) => e.language).sort()).toEqual(['en', 'es']);
    const reprint = await h.ok('handouts.reprint', { id: spanish.id });
    expect(reprint.language).toBe('es');
    expect(reprint.sha256).toBe(spanish.sha256);
    expect(bytes(reprint.pdfBase64).equals(bytes(spanish.pdfBase64))).toBe(true);
  });

  it('prints in the clinic’s handout language when none is chosen', async () => {
    const settings = await h.ok('settings.get', {});
    await h.ok('settings.update', { settings: { ...settings, handoutLanguage: 'pl' } });
    const file = await h.ok('handouts.create', { planId });
    expect(file.language).toBe('pl');
    expect(pdfText(bytes(file.pdfBase64))).toContain('Twój plan w skrócie');
  });

  it('reads a handout recorded before languages as English', async () => {
    const file = await h.ok('handouts.create', { planId });
    const row = h.db.prepare('SELECT options FROM handout_exports WHERE id = ?').get(file.id) as {
      options: string;
    };
    const { language: _language, ...before } = JSON.parse(row.options) as Record<string, unknown>;
    h.db
      .prepare('UPDATE handout_exports SET options = ? WHERE id = ?')
      .run(JSON.stringify(before), file.id);
    const reprint = await h.ok('handouts.reprint', { id: file.id });
    expect(reprint.language).toBe('en');
    expect(reprint.sha256).toBe(file.sha256);
  });

  it('prints an Arabic handout, recorded as Arabic; refuses a language it does not have, recording nothing', async () => {
    const arabic = await h.ok('handouts.create', { planId, language: 'ar' });
    expect(arabic.language).toBe('ar');
    const unknown = await h.failure('handouts.create', { planId, language: 'xx' as 'es' });
    expect(unknown.code).toBe('invalid-input');
    expect((await h.ok('handouts.list', { planId })).map((e) => e.id)).toEqual([arabic.id]);
  });
});
