import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueContentSchema } from '../../../shared/domain/catalogue.ts';
import {
  OLD_AT,
  olderDatabase,
  writeOldCatalogueItem,
} from '../../../test-support/older-database.ts';
import { acceptCatalogueSuggestion, findCatalogueItem, listCatalogue } from './catalogue.ts';

const GRIP = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const SPLINT = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
const PRINCIPLE = 'principle.big-joints';

let close = () => {};
afterEach(() => close());

// Items as earlier versions saved them, with text that passed their rules but not today's.
const grip = {
  kind: 'equipment',
  name: 'مقبض إسفنجي', // Arabic: a script the handout fonts lack
  activity: 'eating',
  helpsWith: ' Holding cutlery ',
  howTo: 'Slide it on\u0007',
  icon: 'utensils',
};
const splint = {
  kind: 'orthosis',
  name: 'Resting splint',
  orthosisType: 'resting-hand',
  fitsJoints: ['wrist'],
  purpose: 'Rest',
  defaultSchedule: {
    usual: { type: 'night' },
    flare: null,
    stable: null,
    hoursPerDay: null,
    startDate: 'soon',
  },
  care: ['Wash in cool water\u0001'],
  warningSigns: [],
  icon: 'hand',
};
const principle = {
  kind: 'principle',
  title: 'Use big joints',
  explanation: 'Spread the load.',
  examples: { hand: 'Carry bags on your forearm ' },
  icon: 'scale',
};
const suggestion = { ...principle, explanation: 'Σπάστε το φορτίο.' };

const olderCatalogue = (write: (db: Database) => void) => olderDatabase(6, write);

describe('catalogue items as earlier versions stored them', () => {
  it('read back exactly as stored, offered wording too', async () => {
    expect(catalogueContentSchema.safeParse(grip).success).toBe(false);
    expect(catalogueContentSchema.safeParse(splint).success).toBe(false);
    const older = await olderCatalogue((db) => {
      writeOldCatalogueItem(db, GRIP, grip);
      writeOldCatalogueItem(db, SPLINT, splint);
      writeOldCatalogueItem(db, PRINCIPLE, principle);
      db.prepare(
        'UPDATE catalogue_items SET from_seed = 1, edited = 1, suggested_content = ? WHERE id = ?',
      ).run(JSON.stringify(suggestion), PRINCIPLE);
    });
    close = older.close;
    expect(findCatalogueItem(older.db, GRIP)).toMatchObject({ content: grip, suggestion: null });
    expect(findCatalogueItem(older.db, SPLINT)?.content).toEqual(splint);
    expect(findCatalogueItem(older.db, PRINCIPLE)).toMatchObject({
      content: principle,
      suggestion,
      edited: true,
    });
    const listed = listCatalogue(older.db, { kind: null, query: '', includeRetired: true });
    expect(listed.map((i) => i.content)).toEqual(expect.arrayContaining([grip, splint, principle]));
    expect(acceptCatalogueSuggestion(older.db, PRINCIPLE, OLD_AT)).toBe(true);
    expect(findCatalogueItem(older.db, PRINCIPLE)).toMatchObject({
      content: suggestion,
      suggestion: null,
    });
  });

  it('a row whose structure is broken is named as damage, by table and row', async () => {
    const { activity: _lost, ...broken } = grip;
    const older = await olderCatalogue((db) => writeOldCatalogueItem(db, GRIP, broken));
    close = older.close;
    expect(() => findCatalogueItem(older.db, GRIP)).toThrow(
      `Row ${GRIP} of table catalogue_items is damaged (content.activity:`,
    );
  });
});
