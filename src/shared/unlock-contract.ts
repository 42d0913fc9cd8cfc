import { z } from 'zod';

/**
 * The unlock page's contract, before the data opens: one request shape, one answer shape,
 * shared by the Electron preload (IPC) and the web host (HTTP), so they cannot drift.
 */

/** The shortest passphrase accepted: it is all that protects the key on this computer. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** What the page shows. */
export type UnlockStage =
  /** No keyring (Linux `basic_text`) or the web host's first start: how to keep the key. */
  | { stage: 'choose'; allowUnprotected: boolean }
  /** The key is kept under a passphrase: type it. */
  | { stage: 'passphrase' }
  /** This computer cannot give the key: the recovery key (and, if asked, a new passphrase). */
  | { stage: 'recovery-key'; withPassphrase: boolean }
  /** Unlocked: the app opens. */
  | { stage: 'open' };

export type UnlockField = 'recoveryKey' | 'passphrase' | 'repeat';

/** Why a request was refused: the page says it in the therapist's language. */
export type UnlockProblem =
  | 'no-passphrase'
  | 'short-passphrase'
  | 'different-passphrases'
  | 'wrong-passphrase'
  | 'not-a-recovery-key'
  | 'wrong-recovery-key'
  | 'out-of-turn'
  | 'invalid-request'
  | 'not-from-window'
  | 'no-address'
  | 'unreachable'
  | 'cannot-open';

export type UnlockAnswer =
  | { ok: true; next: UnlockStage }
  | {
      ok: false;
      problem: UnlockProblem;
      /** The refusal in English, for logs and tests; `detail` is the system's reason, if any. */
      message: string;
      detail?: string;
      field?: UnlockField;
    };

const text = z.string().max(1000);

export const unlockRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('state') }).strict(),
  z
    .object({
      action: z.literal('recovery-key'),
      recoveryKey: text,
      passphrase: text.optional(),
      repeat: text.optional(),
    })
    .strict(),
  z.object({ action: z.literal('passphrase'), passphrase: text }).strict(),
  z
    .object({
      action: z.literal('choose'),
      protection: z.enum(['passphrase', 'unprotected']),
      passphrase: text.optional(),
      repeat: text.optional(),
    })
    .strict(),
  z.object({ action: z.literal('forgot-passphrase') }).strict(),
  z.object({ action: z.literal('quit') }).strict(),
]);

export type UnlockRequest = z.infer<typeof unlockRequestSchema>;

/** What the unlock page sees as `window.unlock`: the preload's and the web host's alike. */
export interface UnlockBridge {
  /** Electron closes the unlock window itself; the web host serves the app at the same address. */
  readonly host: 'electron' | 'web';
  send(request: UnlockRequest): Promise<UnlockAnswer>;
}

export const UNLOCK_CHANNEL = 'unlock';
