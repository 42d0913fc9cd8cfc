import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../shared/api.ts';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { syncShippedContent } from './catalogue/seed.ts';
import { openApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

const PAYLOADS_PER_METHOD = 200;
const MEGABYTE = 'x'.repeat(1024 * 1024);

/** A small deterministic PRNG, so a failure names a payload that can be made again. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

const ODD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  ' ',
  'id ',
  '$where',
  'ID',
  'x'.repeat(300),
];
/** Values that are of no type any field accepts (an object where a string belongs, …). */
const WRONG_VALUES: unknown[] = [
  { $wrong: true },
  [{ $wrong: true }],
  Number.NaN,
  -1e308,
  MEGABYTE,
  nested(200),
  '\u0000\u0007',
];

/** Keys the method's input accepts, if its schema is a plain object. */
function knownKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * Payloads that no contract method may accept: not an object at all, an object with a key the
 * strict schema does not know, or a known key holding a value of no accepted type.
 */
function malformed(random: () => number, keys: readonly string[]): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * 6)) {
    case 0:
      return pick([null, undefined, 42, 'text', [], [1, 2], true, MEGABYTE]);
    case 1:
      // JSON.parse makes "__proto__" an own key, as a request body would.
      return JSON.parse(`{${JSON.stringify(pick(ODD_KEYS))}: {"polluted": true}}`);
    case 2:
      return { [pick(ODD_KEYS)]: pick(WRONG_VALUES) };
    case 3:
      return { deep: nested(1000 + Math.floor(random() * 1000)) };
    default: {
      if (keys.length === 0) return { unexpected: pick(WRONG_VALUES) };
      return { [pick(keys)]: pick(WRONG_VALUES) };
    }
  }
}

let h: ApiHarness;
const fingerprint = () => {
  h.db.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(h.file)).digest('hex');
};

beforeAll(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
  await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
  });
});
afterAll(() => h.close());

describe('every contract method refuses malformed input and changes nothing', () => {
  it.each(METHOD_NAMES)('%s', async (method) => {
    const random = prng([...method].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7));
    const keys = knownKeys(contract[method].input);
    const before = fingerprint();
    for (let i = 0; i < PAYLOADS_PER_METHOD; i++) {
      const payload = malformed(random, keys);
      const error = await h.failure(method, payload);
      expect(error.code, `${method} payload #${i}`).toBe('invalid-input');
    }
    expect(fingerprint()).toBe(before);
  });
});
