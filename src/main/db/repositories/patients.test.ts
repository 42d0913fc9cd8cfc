import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyPatientInput,
  patientInputSchema,
  type PatientFields,
  type PatientInput,
} from '../../../shared/domain/patient.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import {
  deletePatient,
  findIdByChartNumber,
  findPatient,
  insertPatient,
  searchPatients,
  setArchived,
  updatePatient,
  type SearchOptions,
} from './patients.ts';

let dir: string;
let db: SqliteDatabase;
let counter = 0;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-patients-'));
  db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  counter = 0;
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = '2024-05-01T09:00:00.000Z';

function fields(overrides: Partial<PatientInput> = {}): PatientFields {
  return patientInputSchema.parse({
    ...emptyPatientInput(),
    givenName: 'Test',
    familyName: 'Patient',
    ...overrides,
  });
}

function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

function add(givenName: string, familyName: string, extra: Partial<PatientInput> = {}): string {
  const id = nextId();
  insertPatient(db, id, fields({ givenName, familyName, ...extra }), T0);
  return id;
}

function search(query: string, options: Partial<SearchOptions> = {}) {
  return searchPatients(db, { query, includeArchived: false, after: null, limit: 100, ...options });
}

const names = (query: string, options: Partial<SearchOptions> = {}) =>
  search(query, options).patients.map((p) => `${p.givenName} ${p.familyName}`);

describe('insert, find and update', () => {
  it('gives back every field as it was saved', () => {
    const input = fields({
      givenName: 'Søren',
      familyName: 'Kierkegaard',
      preferredName: 'Sø',
      dateOfBirth: '1953-05-05',
      chartNumber: 'DK-1813',
      diagnosis: 'Rheumatoid arthritis, seropositive (M05)',
      diseaseStage: 'active-flare',
      affectedJoints: [
        { joint: 'mcp3', side: 'left' },
        { joint: 'wrist', side: 'right' },
        { joint: 'mcp2', side: 'left' },
      ],
      phone: '+45 33 12 34 56',
      notes: 'Prefers morning appointments.\nUses a jar opener.',
    });
    const id = nextId();
    insertPatient(db, id, input, T0);
    expect(findPatient(db, id)).toEqual({
      id,
      ...input,
      affectedJoints: [
        { joint: 'wrist', side: 'right' },
        { joint: 'mcp2', side: 'left' },
        { joint: 'mcp3', side: 'left' },
      ],
      createdAt: T0,
      updatedAt: T0,
      archivedAt: null,
    });
  });

  it('returns null for an unknown id', () => {
    expect(findPatient(db, '00000000-0000-4000-8000-999999999999')).toBeNull();
  });

  it('updates fields and replaces the joint list', () => {
    const id = add('Ada', 'Lovelace', {
      affectedJoints: [
        { joint: 'knee', side: 'left' },
        { joint: 'hip', side: 'right' },
      ],
    });
    const later = '2024-06-01T10:00:00.000Z';
    const changed = fields({
      givenName: 'Augusta Ada',
      familyName: 'King',
      chartNumber: 'UK-1815',
      affectedJoints: [{ joint: 'cmc', side: 'right' }],
    });
    expect(updatePatient(db, id, changed, later)).toBe(true);
    const saved = findPatient(db, id);
    expect(saved).toMatchObject({
      givenName: 'Augusta Ada',
      familyName: 'King',
      chartNumber: 'UK-1815',
      createdAt: T0,
      updatedAt: later,
    });
    expect(saved?.affectedJoints).toEqual([{ joint: 'cmc', side: 'right' }]);
    // The new name is what the list searches and sorts by.
    expect(names('king')).toEqual(['Augusta Ada King']);
    expect(names('lovelace')).toEqual([]);
  });

  it('clears all joints when updated with none', () => {
    const id = add('Ada', 'Lovelace', { affectedJoints: [{ joint: 'knee', side: 'left' }] });
    updatePatient(db, id, fields({ givenName: 'Ada', familyName: 'Lovelace' }), T0);
    expect(findPatient(db, id)?.affectedJoints).toEqual([]);
  });

  it('reports updating or archiving a missing patient as false', () => {
    const missing = '00000000-0000-4000-8000-999999999999';
    expect(updatePatient(db, missing, fields(), T0)).toBe(false);
    expect(setArchived(db, missing, T0, T0)).toBe(false);
    expect(deletePatient(db, missing)).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM patient_joints').get()).toEqual({ n: 0 });
  });

  it('deletes a patient together with their joints', () => {
    const id = add('Ada', 'Lovelace', { affectedJoints: [{ joint: 'knee', side: 'left' }] });
    const other = add('Alan', 'Turing', { affectedJoints: [{ joint: 'knee', side: 'left' }] });
    expect(deletePatient(db, id)).toBe(true);
    expect(findPatient(db, id)).toBeNull();
    expect(db.prepare('SELECT patient_id FROM patient_joints').all()).toEqual([
      { patient_id: other },
    ]);
  });
});

describe('search', () => {
  it('lists patients by family name then given name, ignoring accents and case', () => {
    add('Zoe', 'Zapata');
    add('Íñigo', 'Álvarez');
    add('Ana', 'alonso');
    add('Björn', 'Øberg');
    add('Anna', 'Oberg');
    add('Émile', 'Ñúñez');
    add('Carl', 'Nunez');
    expect(names('')).toEqual([
      'Ana alonso',
      'Íñigo Álvarez',
      'Carl Nunez',
      'Émile Ñúñez',
      'Anna Oberg',
      'Björn Øberg',
      'Zoe Zapata',
    ]);
  });

  it('matches part of a given, family or preferred name, accent-insensitively', () => {
    add('José', 'Müller');
    add('Maria', 'Miller');
    add('Łukasz', 'Nowak', { preferredName: 'Luke' });
    expect(names('mull')).toEqual(['José Müller']);
    expect(names('MÜLL')).toEqual(['José Müller']);
    expect(names('ose')).toEqual(['José Müller']);
    expect(names('ller')).toEqual(['Maria Miller', 'José Müller']);
    expect(names('luk')).toEqual(['Łukasz Nowak']);
    expect(names('luke')).toEqual(['Łukasz Nowak']);
  });

  it('matches part of a chart number, in any case', () => {
    add('Ada', 'Lovelace', { chartNumber: 'RA-00417' });
    add('Alan', 'Turing', { chartNumber: 'RA-00999' });
    expect(names('00417')).toEqual(['Ada Lovelace']);
    expect(names('ra-00')).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('requires every word of the query to match', () => {
    add('Anna', 'Smith');
    add('Anna', 'Jones');
    add('John', 'Smith');
    expect(names('anna smith')).toEqual(['Anna Smith']);
    expect(names('smith anna')).toEqual(['Anna Smith']);
    expect(names('smi ann')).toEqual(['Anna Smith']);
    expect(names('anna nobody')).toEqual([]);
  });

  it('does not match across the boundary between given and family names', () => {
    add('Ann', 'Ash');
    expect(names('nna')).toEqual([]);
  });

  it('hides archived patients unless asked for them', () => {
    add('Ada', 'Lovelace');
    const archived = add('Alan', 'Turing');
    setArchived(db, archived, T0, T0);
    expect(names('')).toEqual(['Ada Lovelace']);
    expect(names('turing')).toEqual([]);
    const all = search('', { includeArchived: true }).patients;
    expect(all.map((p) => [p.familyName, p.archived])).toEqual([
      ['Lovelace', false],
      ['Turing', true],
    ]);
    setArchived(db, archived, null, T0);
    expect(names('turing')).toEqual(['Alan Turing']);
  });

  it('returns summaries with the fields the list shows', () => {
    const id = add('Ada', 'Lovelace', {
      preferredName: 'Ada L',
      dateOfBirth: '1950-12-10',
      chartNumber: 'X1',
      notes: 'private',
    });
    expect(search('').patients).toEqual([
      {
        id,
        givenName: 'Ada',
        familyName: 'Lovelace',
        preferredName: 'Ada L',
        dateOfBirth: '1950-12-10',
        chartNumber: 'X1',
        archived: false,
      },
    ]);
  });

  it('pages through every patient exactly once, in order, even with identical names', () => {
    const family = [
      'Smith',
      'Šmíd',
      'Nguyen',
      'O’Brien',
      'García',
      'Kowalski',
      'Ødegaard',
      'Zhang',
    ];
    const given = ['Anna', 'Ánna', 'José', 'Li'];
    const ids = new Set<string>();
    db.transaction(() => {
      for (let i = 0; i < 230; i++) {
        // Many exact duplicates: only the id can break the tie.
        ids.add(add(given[i % given.length] ?? '', family[(i * 7) % family.length] ?? ''));
      }
    })();
    const archived = [...ids].slice(0, 10);
    for (const id of archived) setArchived(db, id, T0, T0);

    const walk = (includeArchived: boolean, limit: number) => {
      const seen: string[] = [];
      const sortKeys: string[] = [];
      let after: SearchOptions['after'] = null;
      for (let pages = 0; pages < 1000; pages++) {
        const page = search('', { includeArchived, after, limit });
        expect(page.patients.length).toBeLessThanOrEqual(limit);
        seen.push(...page.patients.map((p) => p.id));
        sortKeys.push(...page.patients.map((p) => `${p.familyName}|${p.givenName}`));
        if (page.next === null) return seen;
        after = page.next;
      }
      throw new Error('paging never ended');
    };

    const everyone = walk(true, 7);
    expect(everyone).toHaveLength(ids.size);
    expect(new Set(everyone)).toEqual(ids);

    const active = walk(false, 13);
    expect(active).toHaveLength(ids.size - archived.length);
    expect(active.some((id) => archived.includes(id))).toBe(false);

    // Paging gives the same order as one big page.
    expect(walk(true, 500)).toEqual(everyone);
  });

  it('pages through a filtered search too', () => {
    db.transaction(() => {
      for (let i = 0; i < 50; i++)
        add(i % 2 ? 'Anna' : 'Bob', `Family${String(i).padStart(2, '0')}`);
    })();
    const first = search('anna', { limit: 10 });
    expect(first.patients).toHaveLength(10);
    expect(first.next).not.toBeNull();
    const rest = search('anna', { limit: 100, after: first.next });
    expect(rest.patients).toHaveLength(15);
    expect(rest.next).toBeNull();
    expect(new Set([...first.patients, ...rest.patients].map((p) => p.id)).size).toBe(25);
  });

  it('says there is no next page when the last page is exactly full', () => {
    for (let i = 0; i < 5; i++) add('A', `F${i}`);
    const page = search('', { limit: 5 });
    expect(page.patients).toHaveLength(5);
    expect(page.next).toBeNull();
  });
});

describe('chart numbers', () => {
  it('are unique regardless of case, enforced by the database itself', () => {
    add('Ada', 'Lovelace', { chartNumber: 'ab-100' });
    expect(() => add('Alan', 'Turing', { chartNumber: 'AB-100' })).toThrow(
      /UNIQUE constraint failed/,
    );
    expect(() => add('Alan', 'Turing', { chartNumber: 'ab-100' })).toThrow(
      /UNIQUE constraint failed/,
    );
    expect(names('')).toEqual(['Ada Lovelace']);
    // The refused inserts left nothing half-written.
    expect(db.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 1 });
  });

  it('may be left empty by any number of patients', () => {
    add('Ada', 'Lovelace');
    add('Alan', 'Turing');
    add('Grace', 'Hopper', { chartNumber: '' });
    expect(
      db.prepare('SELECT count(*) AS n FROM patients WHERE chart_number IS NULL').get(),
    ).toEqual({ n: 3 });
  });

  it('can be looked up in any case', () => {
    const id = add('Ada', 'Lovelace', { chartNumber: 'Ab-100' });
    expect(findIdByChartNumber(db, 'AB-100')).toBe(id);
    expect(findIdByChartNumber(db, 'ab-100')).toBe(id);
    expect(findIdByChartNumber(db, 'ab-10')).toBeNull();
  });

  it('cannot be taken over by an update', () => {
    add('Ada', 'Lovelace', { chartNumber: 'X-1' });
    const alan = add('Alan', 'Turing', { chartNumber: 'X-2' });
    expect(() =>
      updatePatient(
        db,
        alan,
        fields({ givenName: 'Alan', familyName: 'Turing', chartNumber: 'x-1' }),
        T0,
      ),
    ).toThrow(/UNIQUE/);
    expect(findPatient(db, alan)?.chartNumber).toBe('X-2');
  });
});
