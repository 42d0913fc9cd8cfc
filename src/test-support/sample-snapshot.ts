import { emptyPatientInput } from '../shared/domain/patient.ts';
import type { PlanContent } from '../shared/domain/plan.ts';
import type { PlanSnapshot } from '../shared/domain/plan-snapshot.ts';
import { defaultGetHelp } from '../shared/domain/handout-safety.ts';
import { getSettings, saveSettings } from '../main/db/repositories/settings.ts';
import { syncShippedContent } from '../main/catalogue/seed.ts';
import { openApiHarness } from './api-harness.ts';
import type { HandoutOptions } from '../main/handout/options.ts';

export const SAMPLE_OPTIONS: HandoutOptions = {
  paper: 'A4',
  largePrint: false,
  clinic: {
    name: 'Riverside Hand Therapy',
    address: 'Outpatients, Level 2, Riverside Hospital, 12 Mill Lane, Northam NR4 7TJ',
    phone: '01603 555 0192',
    logo: null,
  },
  redMarkMinutes: 30,
  wearLog: true,
};

/**
 * A finalised plan made the way the app makes one: the shipped catalogue, a patient, a draft
 * from the "RA hand, active flare" template, completed by a therapist, then finalised.
 */
export async function buildSampleSnapshot(
  edit: (content: PlanContent) => PlanContent = (c) => c,
): Promise<PlanSnapshot> {
  const h = await openApiHarness(new Date('2026-03-02T09:30:00.000Z'));
  try {
    syncShippedContent(h.db, h.clock.now.toISOString());
    // The sample clinic is in England: its box phones 999, whatever this computer's region.
    saveSettings(
      h.db,
      { ...getSettings(h.db), getHelp: defaultGetHelp('999') },
      h.clock.now.toISOString(),
    );
    const patient = await h.ok('patients.create', {
      patient: {
        ...emptyPatientInput(),
        givenName: 'Margaret',
        familyName: 'Ellis',
        // In an active flare, as the plan is for: the handout leads with the flare schedule.
        diseaseStage: 'active-flare',
        affectedJoints: [
          { joint: 'wrist', side: 'right' },
          { joint: 'wrist', side: 'left' },
          { joint: 'mcp2', side: 'right' },
          { joint: 'mcp3', side: 'right' },
        ],
      },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'template', templateId: 'template.ra-hand-flare' },
    });
    const c = draft.content;
    const content: PlanContent = {
      ...c,
      therapist: 'Priya Shah, Hand Therapist',
      reviewDate: '2026-04-13',
      orthoses: [
        // Both hands are sore, so one night splint a night, left then right (the template
        // leaves the side for the therapist).
        ...c.orthoses.map((o) => ({
          ...o,
          side: 'both' as const,
          joints: ['wrist' as const, 'mcp2' as const, 'mcp3' as const],
          schedule: {
            ...o.schedule,
            usual: { type: 'alternate-nights' as const, first: 'left' as const },
          },
        })),
        {
          catalogueId: 'orthosis.working-wrist',
          side: 'right',
          joints: ['wrist'],
          schedule: {
            usual: { type: 'activities', activities: ['Cook', 'Carry shopping', 'Do housework'] },
            flare: null,
            stable: { type: 'hours', hoursOn: 2, hoursOff: 2 },
            hoursPerDay: 6,
            startDate: null,
          },
          precautions: 'Take it off if your fingers feel cold or look pale.',
          notes: 'Loosen the middle strap if your hand swells in the afternoon.',
        },
      ],
      equipment: c.equipment.map((e, i) =>
        i === 0
          ? { ...e, reason: 'You told us opening jars is the hardest job in your kitchen.' }
          : e,
      ),
      rest: {
        ...c.rest,
        timetable: [
          // No activity longer than the break rule's 30 minutes (the review's 5.4).
          { start: '08:00', end: '08:30', kind: 'activity', label: 'Wash and dress' },
          { start: '08:30', end: '08:40', kind: 'rest', label: 'Sit and rest' },
          { start: '08:40', end: '09:10', kind: 'activity', label: 'Make and eat breakfast' },
          { start: '09:10', end: '09:40', kind: 'rest', label: 'Sit with a cup of tea' },
          { start: '09:40', end: '10:10', kind: 'activity', label: 'Light housework' },
          { start: '10:10', end: '10:20', kind: 'rest', label: 'Sit and rest' },
          { start: '10:20', end: '10:50', kind: 'activity', label: 'Light housework' },
          { start: '10:50', end: '11:30', kind: 'rest', label: 'Rest with your feet up' },
          { start: '11:30', end: '12:00', kind: 'activity', label: 'Make lunch' },
          { start: '12:00', end: '12:30', kind: 'rest', label: 'Eat lunch sitting down' },
          { start: '12:30', end: '13:30', kind: 'rest', label: 'Quiet hour' },
        ],
        strategies: [
          ...c.rest.strategies,
          { catalogueId: 'strategy.plan-your-day' },
          { catalogueId: 'strategy.position' },
        ],
      },
      principles: c.principles.map((p) =>
        p.catalogueId === 'principle.respect-pain'
          ? { ...p, example: 'Stop gardening when your wrist starts to ache.' }
          : p,
      ),
    };
    await h.ok('plans.saveDraft', { id: draft.id, content: edit(content) });
    const plan = await h.ok('plans.finalise', { id: draft.id });
    if (!plan.snapshot) throw new Error('A finalised plan has no snapshot');
    return plan.snapshot;
  } finally {
    h.close();
  }
}
