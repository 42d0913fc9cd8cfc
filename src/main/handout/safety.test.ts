import { beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogueFiles } from '../catalogue/seed.ts';
import { builtInTemplateFile } from '../catalogue/seed.ts';
import { templateSnapshot } from '../../test-support/template-snapshot.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { pdfText, requireTools } from './pdf-tools.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { defaultGetHelp } from '../../shared/domain/handout-safety.ts';
import { renderHandout } from './render.ts';
import { SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { orthosisWords } from './sections/splint-words.ts';

/** pdftotext keeps line breaks and layout spaces: compare on single-spaced text. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const textOf = async (snapshot: PlanSnapshot, wearLog = false) =>
  flat(pdfText(await renderHandout(sealSnapshot(snapshot), { ...SAMPLE_OPTIONS, wearLog })));
const pagesOf = async (snapshot: PlanSnapshot) =>
  pdfText(await renderHandout(sealSnapshot(snapshot), SAMPLE_OPTIONS))
    .split('\f')
    .map(flat);

const orthoses = seedCatalogueFiles()
  .flatMap((f) => f.items)
  .flatMap((i) => (i.content.kind === 'orthosis' ? [{ id: i.seedId, content: i.content }] : []));

const snapshots = new Map<string, PlanSnapshot>();
beforeAll(async () => {
  requireTools();
  for (const t of builtInTemplateFile().templates)
    snapshots.set(t.id, await templateSnapshot(t.id));
  // Every shipped orthosis in one plan, each on the right side.
  snapshots.set(
    'all-orthoses',
    await templateSnapshot('template.energy-conservation', (c) => ({
      ...c,
      orthoses: orthoses.map(({ id, content }) => ({
        catalogueId: id,
        side: 'right',
        joints: [],
        schedule:
          content.defaultSchedule.usual.type === 'unset'
            ? { ...content.defaultSchedule, usual: { type: 'night' } }
            : content.defaultSchedule,
        precautions: null,
        notes: '',
      })),
    })),
  );
}, 120_000);

const get = (id: string) => {
  const s = snapshots.get(id);
  if (!s) throw new Error(`no snapshot ${id}`);
  return s;
};

describe('safety on every handout', () => {
  it('every strapped orthosis prints the circulation and strap lines, in its own words', async () => {
    const text = await textOf(get('all-orthoses'));
    for (const { id, content } of orthoses) {
      const w = orthosisWords(content);
      const part = w.part === 'toes' ? 'Toes' : 'Fingers';
      const circulation = `${part} that look pale, white or blue, or feel cold. Take ${w.many ? 'them' : 'it'} off at once.`;
      expect(text, id).toContain(circulation);
      expect(text, id).toContain(`Take the ${w.noun} off and call us on 01603 555 0192.`);
      if (w.strapped) expect(text, id).toContain('Do up the straps so they are snug, not tight.');
    }
    const strapped = orthoses.filter(({ content }) => orthosisWords(content).strapped);
    const straps = text.split('Do up the straps so they are snug, not tight.').length - 1;
    expect(straps).toBe(strapped.length);
    expect(text).toContain('Take the insoles off and call us');
    expect(text).toContain('If the insoles crack, break or lose their shape');
    expect(text).toContain('Your splints and supports');
    expect(text).toContain('Check with your insurer before you drive while you wear it.');
  });

  it.each(builtInTemplateFile().templates.map((t) => t.id))(
    '%s: holds the "Get help quickly" box, most urgent first, on page 1 or 2',
    async (id) => {
      const pages = await pagesOf(get(id));
      const at = pages.findIndex((p) => p.includes('Get help quickly if you have any of these'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(1);
      const text = pages.join(' ');
      const calf = text.indexOf('A swollen, hot or painful calf');
      const joint = text.indexOf('One joint that suddenly gets hot');
      const finger = text.indexOf('A finger or thumb that suddenly will not straighten');
      expect(calf).toBeGreaterThan(0);
      expect(calf).toBeLessThan(joint);
      expect(joint).toBeLessThan(finger);
      // The default number follows this computer's region (999 in the UK, 911 in the US…).
      const emergency = defaultGetHelp()[0]?.phone;
      expect(text).toContain(
        emergency ? `Call an ambulance now. Phone ${emergency}.` : 'Call an ambulance now.',
      );
    },
  );

  it('a flare plan gives the flare schedule on page 1, and defines the stage names', async () => {
    const pages = await pagesOf(get('template.ra-hand-flare'));
    expect(pages[0]).toContain(
      'in a flare: Wear it at night. Also wear it when you sit or lie down',
    );
    const text = pages.join(' ');
    expect(text).toContain(
      'A flare is when your joints are more sore, swollen and stiff than usual',
    );
    expect(text).not.toContain('See left');
  });
});

describe('the handout prints what was meant', () => {
  it('prints no catalogue example for another body region (nor any: only the therapist’s own)', async () => {
    const knee = await textOf(get('template.ra-knee-foot'));
    expect(knee).not.toContain('Make a loose fist');
    expect(knee).not.toContain('Carry a bag over your forearm');
    expect(knee).not.toContain('For example:');
  });

  it('names the splints to bring only when there are some', async () => {
    const energy = await textOf(get('template.energy-conservation'));
    expect(energy).toContain('Bring this plan with you.');
    expect(energy).not.toContain('your splints');
    const flare = await textOf(get('template.ra-hand-flare'));
    expect(flare).toContain('Bring this plan and your splints or supports with you.');
  });

  it('says which Ps the clinic teaches and that only some are shown', async () => {
    const flare = await textOf(get('template.ra-hand-flare'));
    expect(flare).toContain(
      'We use the 4 Ps: plan, pace, prioritise, position. Here are the ones for you.',
    );
  });

  it('offers wear-log boxes only for the times a splint is worn, and a flare row', async () => {
    const text = await textOf(get('template.ra-hand-flare'), true);
    const log = text.slice(text.indexOf('My splint week'));
    expect(log).toContain('Put one tick in a box each time you wore it as planned.');
    expect(log).toContain('I had a flare today');
  });

  it('prints a pacing pattern’s meaning, not only its numbers', async () => {
    const swap = await templateSnapshot('template.energy-conservation', (c) => ({
      ...c,
      rest: {
        ...c.rest,
        breakRule: { restMinutes: 10, everyMinutes: 30, pacingId: 'pacing.heavy-then-light' },
      },
    }));
    const text = await textOf(swap);
    expect(text).toContain('Your break pattern: Swap heavy and light jobs.');
    expect(text).toContain('Then do a light job sitting down for 10 minutes');
    expect(text).not.toContain('Take a break of 10 minutes');
  });

  it('names joints in plain words, each side its own', async () => {
    const flare = await textOf(get('template.ra-hand-flare'));
    expect(flare).toContain(
      'Joints we are looking after: Your right wrist and the knuckle of your right index finger.',
    );
    expect(flare).not.toMatch(/MCP \d/);
    // No joints chosen on the splint: the affected joints it fits, on its side.
    const stable = await textOf(get('template.ra-hand-stable'));
    expect(stable).toContain('Where: Your left wrist');
    expect(stable).toContain('Where: Your left wrist What it is for');
  });
});
