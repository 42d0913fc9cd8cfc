import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, type PatientInput } from '../../shared/domain/patient.ts';
import { ensureNameOrder, NAME_ORDER_FORM, nameSortKey } from './name-order.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { searchPatients } from './repositories/patient-search.ts';
import { insertPatient } from './repositories/patients.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-name-order-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const collator = new Intl.Collator('und', { sensitivity: 'base' });
const byKey = (names: string[]) =>
  [...names].sort((a, b) => (nameSortKey(a, '') < nameSortKey(b, '') ? -1 : 1));

it('orders family names as the collator does, in every script the handout prints', () => {
  const families = [
    'Zapata',
    'Ávila',
    'Abbott',
    'Åström',
    'Müller',
    'Mueller',
    "O'Brien",
    'Obi',
    'Nguyễn',
    'Ngô',
    'Παπαδοπούλου',
    'Αλεξίου',
    'Иванов',
    'Абрамов',
    'پرویز',
    'بخاری',
    'گیلانی',
    'کریمی',
    'تبسم',
    'چوہدری',
    'جمیل',
    'حسن',
    'כהן',
    'אברהם',
    'शर्मा',
    'अग्रवाल',
    'ਸਿੰਘ',
    'ਕੌਰ',
    'สมชาย',
    'กมล',
    '김',
    '이',
    '박',
    'たなか',
    'すずき',
    '王',
    '李',
    '张',
  ];
  const expected = [...families].sort(collator.compare);
  expect(byKey(families)).toEqual(expected);
});

it('puts Urdu letters next to the Arabic letters they are written from, not after them all', () => {
  // Code point order would put پ (U+067E) after ی (U+06CC) … and گ after ک's whole group.
  expect(byKey(['تبسم', 'پرویز', 'بخاری'])).toEqual(['بخاری', 'پرویز', 'تبسم']);
  expect(byKey(['لطیف', 'گیلانی', 'کریمی'])).toEqual(['کریمی', 'گیلانی', 'لطیف']);
});

it('ignores case and accents, and sorts a family name before the longer ones it begins', () => {
  expect(nameSortKey('Álvarez', 'José')).toBe(nameSortKey('alvarez', 'jose'));
  expect(byKey(['Smithson', 'Smith', 'Smit'])).toEqual(['Smit', 'Smith', 'Smithson']);
  expect(nameSortKey('Smith', 'Zoe') < nameSortKey('Smithson', 'Adam')).toBe(true);
});

it('lists patients in that order through the real search, a page at a time', async () => {
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  try {
    const families = ['تبسم', 'Zapata', 'پرویز', 'Ávila', 'بخاری', 'Abbott', '王', 'Иванов'];
    families.forEach((familyName, i) => {
      const fields = {
        ...emptyPatientInput(),
        givenName: 'A',
        familyName,
        chartNumber: `C-${i}`,
      } as PatientInput;
      insertPatient(db, id(i + 1), fields, AT);
    });
    const listed: string[] = [];
    let after: { sortKey: string; id: string } | null = null;
    do {
      const page = searchPatients(db, { query: '', includeArchived: false, after, limit: 3 });
      listed.push(...page.patients.map((p) => p.familyName));
      after = page.next;
    } while (after);
    expect(listed).toEqual([...families].sort(collator.compare));
  } finally {
    db.close();
  }
});

it('rebuilds keys an older version stored in code point order, once, and the list follows', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  let db = await openDatabase(file);
  ['تبسم', 'پرویز', 'بخاری'].forEach((familyName, i) => {
    const fields = {
      ...emptyPatientInput(),
      givenName: 'A',
      familyName,
      chartNumber: `C-${i}`,
    } as PatientInput;
    insertPatient(db, id(i + 1), fields, AT);
  });
  // As the version before collation keys wrote them: the folded names themselves.
  db.exec(`UPDATE patients SET sort_key = family_name || char(1) || 'a'`);
  db.exec('DELETE FROM derived_forms');
  db.close();
  db = await openDatabase(file);
  try {
    const page = searchPatients(db, { query: '', includeArchived: false, after: null, limit: 10 });
    expect(page.patients.map((p) => p.familyName)).toEqual(['بخاری', 'پرویز', 'تبسم']);
    expect(db.prepare('SELECT form FROM derived_forms').pluck().all()).toEqual([NAME_ORDER_FORM]);
    expect(ensureNameOrder(db)).toBe(0);
  } finally {
    db.close();
  }
});
