import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

let h: ApiHarness;
beforeEach(async () => (h = await openApiHarness()));
afterEach(() => h.close());

const gripTape: CatalogueContent = {
  kind: 'equipment',
  name: 'Grip tape',
  activity: 'mobility',
  helpsWith: 'A softer, wider grip.',
  howTo: 'Wrap it round the handles.',
  icon: 'hand',
};

async function ownItem(): Promise<string> {
  return (await h.ok('catalogue.create', { content: gripTape })).id;
}

const key = (ownerId: string) => ({
  owner: 'catalogue' as const,
  ownerId,
  language: 'es' as const,
});

describe('translations of a catalogue item', () => {
  it('saves a Spanish draft, then a named therapist checks it on the day', async () => {
    const id = await ownItem();
    expect(await h.ok('translations.list', { owner: 'catalogue', ownerId: id })).toEqual([]);

    const draft = await h.ok('translations.save', {
      ...key(id),
      texts: { name: 'Cinta de agarre', helpsWith: 'Un agarre más blando y ancho.' },
    });
    expect(draft).toMatchObject({
      language: 'es',
      check: null,
      stale: false,
      missing: ['howTo'],
      fields: { name: { text: 'Cinta de agarre', stale: false } },
    });

    h.clock.now = new Date('2026-03-05T10:00:00.000Z');
    const checked = await h.ok('translations.markChecked', {
      ...key(id),
      checkedBy: 'Dr Ana García',
    });
    expect(checked.check).toEqual({ checkedBy: 'Dr Ana García', checkedOn: '2026-03-05' });
    expect(await h.ok('translations.list', { owner: 'catalogue', ownerId: id })).toEqual([checked]);
  });

  it('marks a translation out of date when its English changes, and checking it makes it current', async () => {
    const id = await ownItem();
    await h.ok('translations.save', { ...key(id), texts: { name: 'Cinta', howTo: 'Enróllela.' } });
    await h.ok('catalogue.update', { id, content: { ...gripTape, howTo: 'Wrap it twice.' } });

    const [after] = await h.ok('translations.list', { owner: 'catalogue', ownerId: id });
    expect(after?.stale).toBe(true);
    expect(after?.fields.howTo?.stale).toBe(true);
    expect(after?.fields.name?.stale).toBe(false);

    const checked = await h.ok('translations.markChecked', { ...key(id), checkedBy: 'Sam Lee' });
    expect(checked.stale).toBe(false);
  });

  it('new words make a checked translation a draft again; the same words keep the check', async () => {
    const id = await ownItem();
    await h.ok('translations.save', { ...key(id), texts: { name: 'Cinta' } });
    await h.ok('translations.markChecked', { ...key(id), checkedBy: 'Sam Lee' });
    const same = await h.ok('translations.save', { ...key(id), texts: { name: 'Cinta' } });
    expect(same.check?.checkedBy).toBe('Sam Lee');
    const changed = await h.ok('translations.save', {
      ...key(id),
      texts: { name: 'Cinta adhesiva' },
    });
    expect(changed.check).toBeNull();
  });

  it('refuses, with clear errors and no change, what is not a translation of this item', async () => {
    const id = await ownItem();
    const english = await h.failure('translations.save', {
      owner: 'catalogue',
      ownerId: id,
      language: 'en',
      texts: { name: 'Grip' },
    });
    expect(english.fields?.language).toMatch(/not English/);
    const unknown = await h.failure('translations.save', {
      ...key(id),
      texts: { purpose: 'Sirve para…' },
    });
    expect(unknown.message).toMatch(/not in the English of this item.*purpose/);
    const blank = await h.failure('translations.save', { ...key(id), texts: {} });
    expect(blank.message).toMatch(/at least one/);
    const unnamed = await h.failure('translations.markChecked', { ...key(id), checkedBy: ' ' });
    expect(unnamed.fields?.checkedBy).toBeDefined();
    const none = await h.failure('translations.markChecked', { ...key(id), checkedBy: 'Sam' });
    expect(none.code).toBe('not-found');
    expect(await h.ok('translations.list', { owner: 'catalogue', ownerId: id })).toEqual([]);
  });
});
