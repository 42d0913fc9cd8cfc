// How much of the big database's snapshot text is repeated parts: catalogue entries, safety, patient.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
const db = new Database(process.argv[2], { readonly: true });
const seen = new Map<string, number>();
let total = 0, skeleton = 0, unique = 0, n = 0;
const stored = (part: unknown) => {
  const json = JSON.stringify(part);
  const h = createHash('sha256').update(json).digest('hex');
  if (!seen.has(h)) { seen.set(h, json.length); unique += json.length; }
  return 70; // a reference: {"$ref":"<64 hex>"}
};
for (const row of db.prepare('SELECT snapshot FROM plans WHERE snapshot IS NOT NULL LIMIT ?').iterate(Number(process.argv[3] ?? 1e9)) as Iterable<{snapshot: string}>) {
  n++;
  total += row.snapshot.length;
  const s = JSON.parse(row.snapshot);
  let refs = 0;
  for (const id of Object.keys(s.catalogue)) { refs += stored(s.catalogue[id]); }
  refs += stored(s.safety);
  refs += stored(s.patient);
  const rest = { ...s, catalogue: Object.fromEntries(Object.keys(s.catalogue).map((k) => [k, 0])), safety: 0, patient: 0 };
  skeleton += JSON.stringify(rest).length + refs;
}
console.log({ n, totalMB: total / 1e6, skeletonMB: skeleton / 1e6, partsMB: unique / 1e6, parts: seen.size, avg: total / n, avgSkeleton: skeleton / n });
