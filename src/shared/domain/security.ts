import { z } from 'zod';

/** How the database key is kept on this computer (see src/main/keys). */
export type KeyProtection = 'keychain' | 'passphrase' | 'unprotected';

export interface SecurityStatus {
  /** Whether the data file is encrypted. */
  encrypted: boolean;
  /** Whether this app can encrypt (false in a host with no key store, e.g. tests). */
  canEncrypt: boolean;
  protection: KeyProtection | null;
  /**
   * A recovery key to show now and have confirmed (first start, or just after encrypting):
   * its groups, and the two groups (numbered from 1) the therapist types back.
   */
  recoveryKey: { groups: string[]; confirmGroups: [number, number] } | null;
  /** Plain copies of the data kept from before encryption, until the therapist removes them. */
  plainOriginals: string[];
}

/** A group of a recovery key as typed: four letters or digits, spaces and dashes ignored. */
export const recoveryGroupSchema = z
  .string({ error: 'Type this group' })
  .trim()
  .min(1, 'Type this group')
  .max(20, 'A group is four letters or digits');
