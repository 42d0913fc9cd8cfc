import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { PACK_DICTIONARY_1 } from './pack-dictionary.ts';
import type { ItemRow } from './repositories/plan-content.ts';

// A frozen plan kept in one compressed value (plans.packed, migration 010): its snapshot's
// exact stored text, its item rows exactly as the editor wrote them, and the two JSON
// columns of its plans row that only its content reads (affected_joints, rest; without them
// a row fits two to a page). Lossless by
// construction, so the snapshot reads back as the very bytes its SHA-256 was taken over,
// whatever version froze it (older ones stored JSON.stringify's order, not canonical JSON),
// and the plan's content reads back as it always did.
//
// Layout: one byte naming how the rest is compressed (1: raw deflate with dictionary 1),
// then the compressed UTF-8 of: a header line (JSON), the snapshot text, the two columns,
// each item's data.
// The header gives the lengths (in UTF-16 units) that cut the rest apart.

/**
 * What a packed plan's `snapshot`, `affected_joints` and `rest` columns hold: their CHECKs
 * want JSON there (the JSON string "packed").
 */
export const PACKED = '"packed"';

const DEFLATE_DICTIONARY_1 = 1;
const dictionary1 = Buffer.from(PACK_DICTIONARY_1, 'utf8');

interface Header {
  snapshot: number;
  affectedJoints: number;
  rest: number;
  items: [
    section: ItemRow['section'],
    position: number,
    catalogueId: string | null,
    length: number,
  ][];
}

export interface UnpackedPlan {
  snapshot: string;
  /** The plans row's columns as they were before packing. */
  affectedJoints: string;
  rest: string;
  items: ItemRow[];
}

export function packPlan(plan: UnpackedPlan): Buffer {
  const header: Header = {
    snapshot: plan.snapshot.length,
    affectedJoints: plan.affectedJoints.length,
    rest: plan.rest.length,
    items: plan.items.map((i) => [i.section, i.position, i.catalogue_id, i.data.length]),
  };
  const text = `${JSON.stringify(header)}\n${plan.snapshot}${plan.affectedJoints}${plan.rest}${plan.items.map((i) => i.data).join('')}`;
  const body = deflateRawSync(Buffer.from(text, 'utf8'), { level: 6, dictionary: dictionary1 });
  const packed = Buffer.concat([Buffer.of(DEFLATE_DICTIONARY_1), body]);
  // Never trust a packing that does not give back what it was given (text that is not
  // valid Unicode would not survive the UTF-8 round trip): fail loudly, change nothing.
  const back = unpackPlan(packed);
  if (
    back.snapshot !== plan.snapshot ||
    back.affectedJoints !== plan.affectedJoints ||
    back.rest !== plan.rest ||
    !sameItems(back.items, plan.items)
  )
    throw new Error('A frozen plan did not read back exactly as packed, so it was left as it was');
  return packed;
}

export function unpackPlan(packed: Uint8Array): UnpackedPlan {
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  if (bytes[0] !== DEFLATE_DICTIONARY_1)
    throw new Error(`A frozen plan is packed in a form this version cannot read (${bytes[0]})`);
  const text = inflateRawSync(bytes.subarray(1), { dictionary: dictionary1 }).toString('utf8');
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as Header;
  let at = newline + 1;
  const take = (length: number) => text.slice(at, (at += length));
  const snapshot = take(header.snapshot);
  const affectedJoints = take(header.affectedJoints);
  const rest = take(header.rest);
  const items = header.items.map(([section, position, catalogue_id, length]) => ({
    section,
    position,
    catalogue_id,
    data: take(length),
  }));
  if (at !== text.length)
    throw new Error('A packed frozen plan is damaged (its lengths do not add up)');
  return { snapshot, affectedJoints, rest, items };
}

function sameItems(a: readonly ItemRow[], b: readonly ItemRow[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, n) =>
        x.section === b[n]?.section &&
        x.position === b[n].position &&
        x.catalogue_id === b[n].catalogue_id &&
        x.data === b[n].data,
    )
  );
}
