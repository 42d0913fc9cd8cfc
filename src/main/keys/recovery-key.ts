import { randomBytes } from 'node:crypto';

/**
 * A recovery key: 160 random bits written as eight groups of four characters from Crockford's
 * base-32 alphabet (no I, L, O or U, so nothing reads as another letter or a word), e.g.
 * `7KQM-4XTR-…`. Typed back, case, spaces, dashes and look-alikes (O for 0, I or L for 1)
 * do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP_LENGTH = 4;

export function makeRecoveryKey(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  // 256 is a multiple of 32, so each byte modulo 32 is uniform.
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return recoveryKeyGroups(chars).join('-');
}

/** The key as typed, in its one canonical form, or null when it cannot be a recovery key. */
function canonicalChars(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function normaliseRecoveryKey(typed: string): string | null {
  const chars = canonicalChars(typed);
  if (chars.length !== GROUPS * GROUP_LENGTH) return null;
  if ([...chars].some((c) => !ALPHABET.includes(c))) return null;
  return recoveryKeyGroups(chars).join('-');
}

export function recoveryKeyGroups(key: string): string[] {
  const chars = key.replace(/-/g, '');
  return Array.from({ length: chars.length / GROUP_LENGTH }, (_, i) =>
    chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH),
  );
}

/** Two different groups (numbered from 1) the therapist types back to show it was kept. */
export function groupsToConfirm(pick: () => number = Math.random): [number, number] {
  const first = 1 + Math.floor(pick() * GROUPS);
  const offset = 1 + Math.floor(pick() * (GROUPS - 1));
  const second = ((first - 1 + offset) % GROUPS) + 1;
  return first < second ? [first, second] : [second, first];
}

/** Whether the typed groups match the key's groups at those positions. */
export function confirmsGroups(
  key: string,
  positions: readonly number[],
  typed: readonly string[],
): boolean {
  const groups = recoveryKeyGroups(key);
  return positions.every((position, i) => canonicalChars(typed[i] ?? '') === groups[position - 1]);
}
