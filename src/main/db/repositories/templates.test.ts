import { afterEach, describe, expect, it } from 'vitest';
import { templateContentSchema } from '../../../shared/domain/plan.ts';
import { OLD_AT, olderDatabase } from '../../../test-support/older-database.ts';
import { findTemplateContent, listTemplates } from './templates.ts';

const TEMPLATE = '3c9d0e1f-2a3b-4c5d-9e6f-7a8b9c0d1e2f';

let close = () => {};
afterEach(() => close());

// A therapist's template as version 2 saved it: before the choice of Ps, and with text that
// passed that version's rules but not today's.
const content = {
  title: 'خطة النوبة\u0007',
  goals: [{ text: ' Rest more ', icfCode: null }],
  orthoses: [
    {
      catalogueId: 'orthosis.resting-hand',
      side: 'both',
      joints: [],
      schedule: {
        usual: { type: 'custom', text: 'När det värker\u0001' },
        flare: null,
        stable: null,
        hoursPerDay: null,
        startDate: null,
      },
      precautions: null,
      notes: '',
    },
  ],
  equipment: [{ catalogueId: 'equipment.tap-turner', reason: 'Tab\tbed' }],
  rest: { breakRule: null, timetable: [], strategies: [{ catalogueId: 'strategy.sit' }] },
  principles: [],
};

function olderTemplate(stored: object) {
  return olderDatabase(2, (db) =>
    db
      .prepare(
        `INSERT INTO plan_templates (id, name, description, built_in, content, created_at, updated_at)
         VALUES (?, 'My flare plan', '', 0, ?, ?, ?)`,
      )
      .run(TEMPLATE, JSON.stringify(stored), OLD_AT, OLD_AT),
  );
}

describe('templates as earlier versions stored them', () => {
  it('read back exactly as stored, with only the later rest setting at its default', async () => {
    expect(templateContentSchema.safeParse(content).success).toBe(false);
    const older = await olderTemplate(content);
    close = older.close;
    expect(listTemplates(older.db)).toEqual([
      { id: TEMPLATE, name: 'My flare plan', description: '', builtIn: false },
    ]);
    expect(findTemplateContent(older.db, TEMPLATE)).toEqual({
      ...content,
      rest: { ...content.rest, energyPs: 'four-ps' },
    });
  });

  it('a row whose structure is broken is named as damage, by table and row', async () => {
    const older = await olderTemplate({ ...content, goals: 'Rest more' });
    close = older.close;
    expect(() => findTemplateContent(older.db, TEMPLATE)).toThrow(
      `Row ${TEMPLATE} of table plan_templates is damaged (content.goals:`,
    );
  });
});
