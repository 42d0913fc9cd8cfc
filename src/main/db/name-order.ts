import type { Database } from 'better-sqlite3-multiple-ciphers';
import { foldForSearch } from '../../shared/text/fold.ts';

/**
 * Patients are listed in name order by an index on a stored key (`patients.sort_key`), so
 * a page of 50,000 names is an index range, not a sort. SQLite compares that key byte by
 * byte, so the key spells each folded character as its place in Unicode's collation order
 * (Intl.Collator over the root locale): پ sorts next to ب and گ next to ک as an Urdu reader
 * expects, not after every Arabic letter as their code points would put them.
 *
 * The order comes from the ICU in this Node or Electron, so the stored keys record which
 * ICU made them (see NAME_ORDER_FORM) and are rebuilt at open when it changes.
 */

// Letters, digits, marks, spaces and punctuation of the scripts the handout prints, ranked
// by the collator. Everything else (Han, Hangul syllables taken apart below) follows them in
// code point order, which is already the root collation's order for Han.
const RANKED_BLOCKS: [number, number][] = [
  [0x0020, 0x024f], // Latin
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic (Urdu, Persian)
  [0x0750, 0x077f], // Arabic Supplement
  [0x0900, 0x0dff], // Indic scripts
  [0x0e00, 0x0e7f], // Thai
  [0x1100, 0x11ff], // Hangul Jamo
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3130, 0x318f], // Hangul Compatibility Jamo
];
const RANKED = /[\p{L}\p{N}\p{M}\p{Zs}\p{P}]/u;
const HANGUL_SYLLABLES = /[\uac00-\ud7a3]/gu;

// Three digits of base 64 in ASCII ('0'…'o'): keys compare by bytes exactly as by ranks.
const DIGITS = 64;
const DIGIT_ZERO = 0x30;
const MAX_RANK = DIGITS ** 3 - 1;

let ranks: Map<string, number> | null = null;

function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  const collator = new Intl.Collator('und', { sensitivity: 'base' });
  const chars: string[] = [];
  for (const [from, to] of RANKED_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      if (RANKED.test(char)) chars.push(char);
    }
  }
  chars.sort(collator.compare);
  ranks = new Map();
  let rank = 0;
  chars.forEach((char, i) => {
    // Characters the collator holds equal (a and á at base strength) share a rank.
    if (i > 0 && collator.compare(chars[i - 1] ?? '', char) !== 0) rank++;
    ranks?.set(char, rank);
  });
  return ranks;
}

function digits(rank: number): string {
  const r = Math.min(rank, MAX_RANK);
  return String.fromCharCode(
    DIGIT_ZERO + Math.floor(r / DIGITS ** 2),
    DIGIT_ZERO + (Math.floor(r / DIGITS) % DIGITS),
    DIGIT_ZERO + (r % DIGITS),
  );
}

function collationKey(text: string): string {
  const table = rankTable();
  const afterRanked = table.size;
  // A Hangul syllable sorts by its letters (jamo), which the table ranks.
  const spelled = foldForSearch(text).replace(HANGUL_SYLLABLES, (s) => s.normalize('NFD'));
  let key = '';
  for (const char of spelled) {
    key += digits(table.get(char) ?? afterRanked + (char.codePointAt(0) ?? 0));
  }
  return key;
}

/** Name order: family name, then given name, in collation order, ignoring case and accents. */
export function nameSortKey(familyName: string, givenName: string): string {
  // U+0001 is below every digit: a family name sorts before the longer ones it begins.
  return `${collationKey(familyName)}\u0001${collationKey(givenName)}`;
}

/** What made the stored keys: bump the number when nameSortKey's form changes. */
export const NAME_ORDER_FORM = `name-order 1, ICU ${process.versions.icu ?? 'none'}`;

/**
 * Rebuilds every patient's stored name key when it was made by another form or ICU (or
 * before keys were collation ordered), in one transaction. Returns how many keys changed.
 */
export function ensureNameOrder(db: Database): number {
  // An older schema (opened by the migration tests at an earlier version) has no record.
  const recorded = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'derived_forms'")
    .get();
  if (!recorded) return 0;
  const stored = db
    .prepare("SELECT form FROM derived_forms WHERE name = 'patients.sort_key'")
    .pluck()
    .get();
  if (stored === NAME_ORDER_FORM) return 0;
  const rows = db.prepare('SELECT id, family_name, given_name FROM patients').all() as {
    id: string;
    family_name: string;
    given_name: string;
  }[];
  const update = db.prepare('UPDATE patients SET sort_key = ? WHERE id = ? AND sort_key IS NOT ?');
  const record = db.prepare(
    "INSERT INTO derived_forms (name, form) VALUES ('patients.sort_key', ?) ON CONFLICT (name) DO UPDATE SET form = excluded.form",
  );
  return db.transaction(() => {
    let changed = 0;
    for (const row of rows) {
      const key = nameSortKey(row.family_name, row.given_name);
      changed += update.run(key, row.id, key).changes;
    }
    record.run(NAME_ORDER_FORM);
    return changed;
  })();
}
