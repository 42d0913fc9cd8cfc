import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGetHelp } from '../shared/domain/handout-safety.ts';
import { JOINTS, type AffectedJoint } from '../shared/domain/joints.ts';
import { emptyPatientInput, type DiseaseStage } from '../shared/domain/patient.ts';
import type { PlanContent } from '../shared/domain/plan.ts';
import type { PlanSnapshot } from '../shared/domain/plan-snapshot.ts';
import type { WearingSchedule } from '../shared/domain/schedule.ts';
import { getSettings, saveSettings } from '../main/db/repositories/settings.ts';
import { syncShippedContent } from '../main/catalogue/seed.ts';
import { openApiHarness } from './api-harness.ts';
import { finaliseFromTemplate } from './template-snapshot.ts';

/**
 * Plans that between them print every joint on each side and on both, every wearing pattern,
 * every stage, every shipped splint, piece of equipment, principle, energy idea and break
 * pattern, and every section of the handout: what the plain-words test reads.
 */
export interface HandoutCase {
  name: string;
  snapshot: PlanSnapshot;
}

const SEED = join(import.meta.dirname, '..', '..', 'resources', 'catalogue');
const seedIds = (file: string): string[] =>
  (JSON.parse(readFileSync(join(SEED, file), 'utf8')) as { items: { seedId: string }[] }).items.map(
    (i) => i.seedId,
  );

const every = (side: 'right' | 'left'): AffectedJoint[] =>
  JOINTS.map((j) => ({ joint: j.id, side }));

const schedule = (
  s: Partial<WearingSchedule> & Pick<WearingSchedule, 'usual'>,
): WearingSchedule => ({
  flare: null,
  stable: null,
  hoursPerDay: null,
  startDate: null,
  ...s,
});

/** Every pattern a therapist can choose, each in a usual, flare or settled row somewhere. */
const SCHEDULES: WearingSchedule[] = [
  schedule({ usual: { type: 'night' }, flare: { type: 'continuous' } }),
  schedule({
    usual: { type: 'activities', activities: ['Cook', 'Garden'] },
    stable: { type: 'hours', hoursOn: 2, hoursOff: 2 },
    hoursPerDay: 4,
  }),
  schedule({ usual: { type: 'alternate-nights', first: 'right' }, flare: { type: 'night' } }),
  schedule({ usual: { type: 'hours', hoursOn: 3, hoursOff: 0 }, startDate: '2026-03-09' }),
  schedule({
    usual: { type: 'custom', text: 'Wear it on long walks and when you stand at work.' },
    flare: { type: 'hours', hoursOn: 24, hoursOff: 0 },
    stable: { type: 'alternate-nights', first: 'left' },
  }),
  schedule({ usual: { type: 'continuous' } }),
];

interface Spec {
  name: string;
  templateId: string;
  stage: DiseaseStage | null;
  joints: AffectedJoint[];
  edit: (c: PlanContent) => PlanContent;
}

async function finalised(spec: Spec): Promise<PlanSnapshot> {
  const h = await openApiHarness(new Date('2026-03-02T09:30:00.000Z'));
  try {
    syncShippedContent(h.db, h.clock.now.toISOString());
    saveSettings(
      h.db,
      { ...getSettings(h.db), getHelp: defaultGetHelp('999') },
      h.clock.now.toISOString(),
    );
    const patient = await h.ok('patients.create', {
      patient: {
        ...emptyPatientInput(),
        givenName: 'Ann',
        familyName: 'Baker',
        diseaseStage: spec.stage,
        affectedJoints: spec.joints,
      },
    });
    const plan = await finaliseFromTemplate(h, patient.id, spec.templateId, spec.edit);
    if (!plan.snapshot) throw new Error('a finalised plan carries its snapshot');
    return plan.snapshot;
  } finally {
    h.close();
  }
}

/** A third of a list: the `k`th of three plans carries it. */
const third = <T>(list: readonly T[], k: number): T[] => list.filter((_, i) => i % 3 === k);

function fullPlan(k: number, side: 'right' | 'left' | 'both'): (c: PlanContent) => PlanContent {
  const orthoses = third(seedIds('orthoses.json'), k);
  const pacing = seedIds('pacing.json');
  return (c) => ({
    ...c,
    orthoses: orthoses.map((catalogueId, i) => ({
      catalogueId,
      side: i === 0 ? side : ((['right', 'left', 'both'] as const)[(i + k) % 3] ?? 'right'),
      joints: [],
      schedule: SCHEDULES[(i + k) % SCHEDULES.length] ?? SCHEDULES[0]!,
      precautions: i === 0 ? 'Take it off if your fingers go numb.' : null,
      notes: i === 1 ? 'Bring it to every visit so we can check the fit.' : '',
    })),
    equipment: third(seedIds('equipment.json'), k).map((catalogueId, i) => ({
      catalogueId,
      reason: i === 0 ? 'You told us this job hurts your hands the most.' : null,
    })),
    principles: third(seedIds('principles.json'), k).map((catalogueId, i) => ({
      catalogueId,
      example: i === 0 ? 'Carry the shopping in two light bags.' : null,
    })),
    goals: [
      { text: 'Cook a meal for the family each week.', icfCode: 'd630' },
      { text: 'Sleep through the night without waking from pain.', icfCode: 'b280' },
    ],
    rest: {
      ...c.rest,
      breakRule: { restMinutes: 5 + k, everyMinutes: 30, pacingId: pacing[k] ?? null },
      timetable:
        k === 0
          ? [
              { start: '08:00', end: '08:30', kind: 'activity', label: 'Wash and dress' },
              { start: '08:30', end: '08:45', kind: 'rest', label: 'Sit and rest' },
              { start: '08:45', end: '09:15', kind: 'activity', label: 'Make breakfast' },
            ]
          : [],
      strategies: third(seedIds('strategies.json'), k).map((catalogueId) => ({ catalogueId })),
    },
  });
}

/** Every case, built through the real API as the app builds a plan (about a second each). */
export async function buildHandoutTestSet(): Promise<HandoutCase[]> {
  const mixed: AffectedJoint[] = [
    { joint: 'cmc', side: 'right' },
    { joint: 'cmc', side: 'left' },
    { joint: 'mcp2', side: 'right' },
    { joint: 'mcp3', side: 'right' },
    { joint: 'mcp4', side: 'left' },
    { joint: 'ip', side: 'right' },
    { joint: 'pip3', side: 'left' },
    { joint: 'dip5', side: 'right' },
    { joint: 'mtp1', side: 'right' },
    { joint: 'mtp1', side: 'left' },
    { joint: 'mtp2', side: 'right' },
  ];
  const specs: Spec[] = [
    {
      name: 'every joint on the right, in a flare',
      templateId: 'template.ra-hand-flare',
      stage: 'active-flare',
      joints: every('right'),
      edit: fullPlan(0, 'right'),
    },
    {
      name: 'every joint on the left, settled',
      templateId: 'template.ra-hand-stable',
      stage: 'stable',
      joints: every('left'),
      edit: fullPlan(1, 'left'),
    },
    {
      name: 'every joint on both sides, no stage recorded',
      templateId: 'template.ra-hand-deformity',
      stage: null,
      joints: [...every('right'), ...every('left')],
      edit: fullPlan(2, 'both'),
    },
    ...[
      'template.ra-hand-flare',
      'template.ra-hand-stable',
      'template.ra-hand-deformity',
      'template.ra-knee-foot',
      'template.energy-conservation',
    ].map((templateId): Spec => ({
      name: `${templateId}, mixed joints, established deformity`,
      templateId,
      stage: 'established-deformity',
      joints: mixed,
      edit: (c) => c,
    })),
  ];
  const cases: HandoutCase[] = [];
  for (const spec of specs) cases.push({ name: spec.name, snapshot: await finalised(spec) });
  return cases;
}

/**
 * The therapist's own words in a plan (and the patient's name): measured and reported by the
 * plain-words test, never refused, since a clinic may have reasons for its wording.
 */
export function therapistTexts(snapshot: PlanSnapshot): string[] {
  const c = snapshot.plan.content;
  return [
    c.title,
    c.therapist,
    snapshot.patient.givenName,
    snapshot.patient.familyName,
    ...c.goals.map((g) => g.text),
    ...c.orthoses.flatMap((o) => [
      o.precautions ?? '',
      o.notes,
      ...[o.schedule.usual, o.schedule.flare, o.schedule.stable].flatMap((p) =>
        p?.type === 'custom' ? [p.text] : p?.type === 'activities' ? p.activities : [],
      ),
    ]),
    ...c.equipment.map((e) => e.reason ?? ''),
    ...c.principles.map((p) => p.example ?? ''),
    ...c.rest.timetable.map((b) => b.label),
  ].filter((t) => t.trim() !== '');
}
