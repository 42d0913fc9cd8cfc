import { describe, expect, it } from 'vitest';
import { clinicalWordsIn, patientItemName } from './clinical-words.ts';
import type { CatalogueContent } from './catalogue.ts';

const equipment = (name: string): CatalogueContent => ({
  kind: 'equipment',
  name,
  activity: 'kitchen',
  helpsWith: 'x',
  howTo: 'y',
  icon: 'hand',
});

describe('clinical words a patient should not meet', () => {
  it('finds abbreviations in capitals, words in any case, and ICF codes', () => {
    expect(clinicalWordsIn('MCP 2–3, Bilateral, ulnar drift, goal d430, thumb IP')).toEqual([
      'MCP',
      'IP',
      'Bilateral',
      'ulnar',
      'd430',
    ]);
  });

  it('leaves plain English alone: "dip your hands", "tip", "ship"', () => {
    expect(clinicalWordsIn('Dip your hands in warm water. Tip: ship it back.')).toEqual([]);
  });

  it('drops a bracketed clinical name from an item, and keeps a plain one', () => {
    expect(patientItemName(equipment('Knuckle splint (ulnar deviation splint)'))).toBe(
      'Knuckle splint',
    );
    expect(patientItemName(equipment('Night hand splint (resting hand splint)'))).toBe(
      'Night hand splint (resting hand splint)',
    );
  });
});
