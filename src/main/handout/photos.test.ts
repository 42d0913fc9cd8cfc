import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { samplePhoto } from '../../test-support/photos.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { pdfText, qpdfCheck, requireTools, runOnPdf } from './pdf-tools.ts';
import { renderHandout } from './render.ts';

let withPhotos: PlanSnapshot;
let without: PlanSnapshot;

beforeAll(async () => {
  requireTools();
  const onHand = await samplePhoto('The strap goes across the back of your hand, not the wrist.');
  withPhotos = await buildSampleSnapshot((c) => ({
    ...c,
    orthoses: c.orthoses.map((o, i) => (i === 0 ? { ...o, photo: onHand } : o)),
  }));
  without = await buildSampleSnapshot();
  // The clinic's own photo of a piece of equipment, as the catalogue froze it.
  const jar = withPhotos.catalogue['equipment.jar-opener'];
  if (jar?.kind !== 'equipment') throw new Error('the sample plan has the jar opener');
  jar.photo = await samplePhoto('A jar opener fixed under a kitchen shelf.', 1200, 800);
}, 60_000);

const images = (pdf: Buffer) =>
  runOnPdf('pdfimages', ['-list'], pdf)
    .out.split('\n')
    .filter((line) => /\bjpeg\b/.test(line));

describe('photos on the handout', () => {
  it('prints the patient’s splint photo and the clinic’s own photo, each with its words', async () => {
    const pdf = await renderHandout(sealSnapshot(withPhotos), SAMPLE_OPTIONS);
    expect(qpdfCheck(pdf).code).toBe(0);
    expect(images(pdf)).toHaveLength(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('How it should look on you');
    expect(text).toContain('The strap goes across the back of your hand, not the wrist.');
    expect(text).toContain('What it looks like');
    expect(text).toContain('A jar opener fixed under a kitchen shelf.');
  });

  it('prints no picture for a plan without photos', async () => {
    const pdf = await renderHandout(sealSnapshot(without), SAMPLE_OPTIONS);
    expect(images(pdf)).toHaveLength(0);
  });

  it('is part of the frozen plan: its hash changes with the photo, and a reprint is the same bytes', async () => {
    const sealed = sealSnapshot(withPhotos);
    expect(sealed.json).toContain(withPhotos.plan.content.orthoses[0]?.photo?.jpegBase64);
    const first = await renderHandout(sealed, SAMPLE_OPTIONS);
    const again = await renderHandout(sealSnapshot(structuredClone(withPhotos)), SAMPLE_OPTIONS);
    expect(again.equals(first)).toBe(true);
    const other = structuredClone(withPhotos);
    const photo = other.plan.content.orthoses[0]?.photo;
    if (!photo) throw new Error('the first splint has a photo');
    photo.description = 'Another description';
    expect(sealSnapshot(other).sha256).not.toBe(sealed.sha256);
  });

  it('prints the photos in large print too', async () => {
    const pdf = await renderHandout(sealSnapshot(withPhotos), {
      ...SAMPLE_OPTIONS,
      largePrint: true,
    });
    expect(images(pdf)).toHaveLength(2);
  });
});
