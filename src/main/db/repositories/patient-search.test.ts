import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { foldForSearch, searchTerms } from '../../../shared/text/fold.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { searchPatients, type SearchOptions } from './patient-search.ts';
import { deletePatient, insertPatient, setArchived, updatePatient } from './patients.ts';

// The search reads either the trigram index's candidates or the name-order walk, chosen by how
// many patients the index says match. Whichever it reads, the pages must be exactly those of
// the plain rule (checked here against an in-memory filter of every patient).

let dir: string;
let db: SqliteDatabase;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-search-'));
  db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = '2024-05-01T09:00:00.000Z';
const GIVEN = ['Anna', 'Ánna', 'José', 'Li', 'Søren', 'Zoë', 'Qadir', 'Jean-Luc', 'Ngọc'];
const FAMILY = ['Smith', 'Šmíd', 'Nguyễn', 'O’Brien', 'García', 'Łukasik', 'Straße', 'Xu'];

interface Known {
  id: string;
  text: string;
  sortKey: string;
  archived: boolean;
}

function seed(count: number): Known[] {
  const known: Known[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
      const p = patientInputSchema.parse({
        ...emptyPatientInput(),
        givenName: GIVEN[(i * 5) % GIVEN.length],
        familyName: FAMILY[(i * 3) % FAMILY.length],
        preferredName: i % 11 === 0 ? 'Jo' : '',
        chartNumber: i % 4 === 0 ? '' : `MRN-${1000 + i * 7}`,
      });
      insertPatient(db, id, p, T0);
      const archived = i % 9 === 0;
      if (archived) setArchived(db, id, T0, T0);
      known.push({
        id,
        archived,
        sortKey: `${foldForSearch(p.familyName)}\u0001${foldForSearch(p.givenName)}`,
        text: foldForSearch(
          [p.givenName, p.familyName, p.preferredName ?? '', p.chartNumber ?? ''].join(' '),
        ),
      });
    }
  })();
  return known;
}

/** The rule itself: every word anywhere in the folded text, in name order, then id. */
function expected(known: Known[], query: string, includeArchived: boolean): string[] {
  const terms = searchTerms(query);
  return known
    .filter((k) => includeArchived || !k.archived)
    .filter((k) => terms.every((t) => k.text.includes(t)))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1))
    .map((k) => k.id);
}

/** Every page of a search, joined, with the page size and candidate cap given. */
function allPages(query: string, includeArchived: boolean, limit: number, cap: number) {
  const ids: string[] = [];
  let after: SearchOptions['after'] = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page = searchPatients(db, { query, includeArchived, after, limit }, cap);
    expect(page.patients.length).toBeLessThanOrEqual(limit);
    ids.push(...page.patients.map((p) => p.id));
    if (page.next === null) return ids;
    after = page.next;
  }
  throw new Error('paging never ended');
}

const QUERIES = [
  '',
  'a',
  'q',
  'x',
  'ø',
  'SS',
  'an',
  'qz',
  'u ',
  'ann',
  'ÁNNA',
  'smi',
  'smith',
  'strasse',
  'nguyen',
  'ngoc',
  'obrien',
  'o’b',
  'jean-l',
  'mrn-10',
  '1007',
  '7',
  'jo',
  'jo smi',
  'a s',
  'zzz',
  'nothing-matches',
  '"',
  'a"b',
  'x u',
];

describe('patient search reads the index or walks the names, with the same pages', () => {
  it('gives every query, page size and cap exactly the pages of the plain rule', () => {
    const known = seed(240);
    // 0: always walk; 5 and 40: index for rare terms only; 10,000: index whenever it can.
    for (const cap of [0, 5, 40, 10_000])
      for (const query of QUERIES)
        for (const includeArchived of [false, true])
          for (const limit of [7, 100]) {
            expect(
              allPages(query, includeArchived, limit, cap),
              `${JSON.stringify(query)} cap ${cap} limit ${limit} archived ${includeArchived}`,
            ).toEqual(expected(known, query, includeArchived));
          }
  });

  it('follows edits, renames and deletions', () => {
    seed(30);
    const id = '00000000-0000-4000-8000-000000000003';
    const renamed = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'Þórunn',
      familyName: 'Qvist',
      chartNumber: 'ZZ-9',
    });
    updatePatient(db, id, renamed, T0);
    for (const cap of [0, 10_000]) {
      expect(allPages('thor', true, 10, cap)).toEqual([id]);
      expect(allPages('zz-9', true, 10, cap)).toEqual([id]);
      expect(allPages('qv', true, 10, cap)).toEqual([id]);
    }
    deletePatient(db, id);
    for (const cap of [0, 10_000]) expect(allPages('qvist', true, 10, cap)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM patient_trigrams').get()).toEqual({ n: 29 });
  });

  it('reads only the candidates when few patients match, and walks the name index otherwise', () => {
    seed(50);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(
      plan(`SELECT id FROM patients NOT INDEXED
        WHERE rowid IN (SELECT rowid FROM patient_trigrams WHERE patient_trigrams MATCH 'xu')
        ORDER BY sort_key, id LIMIT 5`),
    ).toMatch(/SEARCH patients USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });
});

describe('search by date of birth', () => {
  it('finds the patients born that day, narrowed by any other words, in name order', () => {
    const born = (n: number, given: string, family: string, dateOfBirth: string | null) =>
      insertPatient(
        db,
        `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        patientInputSchema.parse({
          ...emptyPatientInput(),
          givenName: given,
          familyName: family,
          dateOfBirth,
        }),
        T0,
      );
    born(1, 'Ann', 'Smith', '1956-04-03');
    born(2, 'Ann', 'Smith', '1961-11-20');
    born(3, 'Bea', 'Adams', '1956-04-03');
    born(4, 'Cy', 'Jones', null);
    const names = (query: string) =>
      searchPatients(db, { query, includeArchived: false, after: null, limit: 10 }).patients.map(
        (p) => `${p.givenName} ${p.familyName}`,
      );
    expect(names('1956-04-03')).toEqual(['Bea Adams', 'Ann Smith']);
    expect(names('smith 1956-04-03')).toEqual(['Ann Smith']);
    expect(names('1956-04-04')).toEqual([]);
  });
});
