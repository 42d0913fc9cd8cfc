import { readKeyFile } from '../keys/key-file.ts';
import type { KeyProtector } from '../keys/key-store.ts';
import { normaliseRecoveryKey } from '../keys/recovery-key.ts';
import { unlockDataFolder, UnlockStopped, type UnlockedKeys } from '../keys/unlock.ts';
import {
  MIN_PASSPHRASE_LENGTH,
  unlockRequestSchema,
  type UnlockAnswer,
  type UnlockRequest,
  type UnlockStage,
} from '../../shared/unlock-contract.ts';

export const WRONG_RECOVERY_KEY =
  'That recovery key does not open this data. Nothing was changed. Check each group and try again.';
export const NOT_A_RECOVERY_KEY =
  'That is not a whole recovery key: it has 8 groups of 4 letters and numbers. Nothing was changed. Check each group and try again.';
export const WRONG_PASSPHRASE =
  'That passphrase does not open your data. Nothing was changed. Try again, or use your recovery key.';
export const SHORT_PASSPHRASE = `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
export const DIFFERENT_PASSPHRASES =
  'The two passphrases are not the same. Type the passphrase again in both fields.';

/** How the key can be kept on this computer, for what the therapist chooses on the page. */
export interface UnlockProtectors {
  passphrase(passphrase: string): KeyProtector;
  /** Electron on Linux with no keyring, once the therapist accepts it; absent elsewhere. */
  unprotected?: () => KeyProtector;
}

export interface Unlocked {
  protector: KeyProtector;
  keys: UnlockedKeys;
}

export interface UnlockSessionOptions {
  dataDir: string;
  /** What the page asks first. */
  first: UnlockStage;
  /** For a first stage of 'recovery-key' without a passphrase: the protector to rewrap for. */
  protector?: KeyProtector;
  protectors: UnlockProtectors;
}

export interface UnlockSession {
  stage(): UnlockStage;
  /** One request from the page (validated here); requests run one at a time. */
  handle(raw: unknown): Promise<UnlockAnswer>;
  /** The key once unlocked; null when the therapist quits. Rejects on an unexpected error. */
  readonly done: Promise<Unlocked | null>;
}

type Attempt = { outcome: 'open'; unlocked: Unlocked } | { outcome: 'needs-recovery' | 'refused' };

/**
 * The unlock page's side in the main process (Electron) or the web host: each answer from
 * the page is one whole try of unlockDataFolder, which writes nothing unless it succeeds, so
 * a wrong passphrase or recovery key leaves every file as it was.
 */
export function unlockSession(options: UnlockSessionOptions): UnlockSession {
  const { dataDir, protectors } = options;
  let stage: UnlockStage = options.first;
  let recoveryProtector = options.protector ?? null;
  let settle!: { resolve(value: Unlocked | null): void; reject(error: unknown): void };
  const done = new Promise<Unlocked | null>((resolve, reject) => (settle = { resolve, reject }));
  let queue: Promise<unknown> = Promise.resolve();

  async function attempt(protector: KeyProtector, recoveryKey: string | null): Promise<Attempt> {
    let outcome: Attempt['outcome'] = 'needs-recovery';
    try {
      const keys = await unlockDataFolder({
        dataDir,
        protector,
        // Asked at most once: a refusal ends the try and the page asks again.
        askRecoveryKey: (refused) => {
          if (refused) outcome = 'refused';
          return Promise.resolve(refused ? null : recoveryKey);
        },
      });
      return { outcome: 'open', unlocked: { protector, keys } };
    } catch (error) {
      if (error instanceof UnlockStopped) return { outcome };
      throw error;
    }
  }

  function opened(unlocked: Unlocked): UnlockAnswer {
    stage = { stage: 'open' };
    settle.resolve(unlocked);
    return { ok: true, next: stage };
  }

  function checkNewPassphrase(passphrase = '', repeat = ''): UnlockAnswer | null {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      return {
        ok: false,
        problem: 'short-passphrase',
        message: SHORT_PASSPHRASE,
        field: 'passphrase',
      };
    if (passphrase !== repeat)
      return {
        ok: false,
        problem: 'different-passphrases',
        message: DIFFERENT_PASSPHRASES,
        field: 'repeat',
      };
    return null;
  }

  /** A protector chosen on the page: its key opens, or the recovery key is asked next. */
  async function tryProtector(protector: KeyProtector): Promise<UnlockAnswer> {
    const result = await attempt(protector, null);
    if (result.outcome === 'open') return opened(result.unlocked);
    recoveryProtector = protector;
    stage = { stage: 'recovery-key', withPassphrase: false };
    return { ok: true, next: stage };
  }

  async function run(request: UnlockRequest): Promise<UnlockAnswer> {
    if (stage.stage === 'open') return { ok: true, next: stage };
    switch (request.action) {
      case 'state':
        return { ok: true, next: stage };
      case 'quit':
        settle.resolve(null);
        return { ok: true, next: stage };
      case 'forgot-passphrase':
        if (stage.stage !== 'passphrase') break;
        stage = { stage: 'recovery-key', withPassphrase: true };
        return { ok: true, next: stage };
      case 'choose': {
        if (stage.stage !== 'choose') break;
        if (request.protection === 'unprotected') {
          if (!stage.allowUnprotected || !protectors.unprotected) break;
          return tryProtector(protectors.unprotected());
        }
        const problem = checkNewPassphrase(request.passphrase, request.repeat);
        return problem ?? tryProtector(protectors.passphrase(request.passphrase ?? ''));
      }
      case 'passphrase': {
        if (stage.stage !== 'passphrase') break;
        if (request.passphrase === '')
          return {
            ok: false,
            problem: 'no-passphrase',
            message: 'Type your passphrase.',
            field: 'passphrase',
          };
        const result = await attempt(protectors.passphrase(request.passphrase), null);
        if (result.outcome === 'open') return opened(result.unlocked);
        return {
          ok: false,
          problem: 'wrong-passphrase',
          message: WRONG_PASSPHRASE,
          field: 'passphrase',
        };
      }
      case 'recovery-key': {
        if (stage.stage !== 'recovery-key') break;
        if (normaliseRecoveryKey(request.recoveryKey) === null)
          return {
            ok: false,
            problem: 'not-a-recovery-key',
            message: NOT_A_RECOVERY_KEY,
            field: 'recoveryKey',
          };
        let protector = recoveryProtector;
        if (stage.withPassphrase) {
          const problem = checkNewPassphrase(request.passphrase, request.repeat);
          if (problem) return problem;
          protector = protectors.passphrase(request.passphrase ?? '');
        }
        if (!protector) break;
        const result = await attempt(protector, request.recoveryKey);
        if (result.outcome === 'open') return opened(result.unlocked);
        return {
          ok: false,
          problem: 'wrong-recovery-key',
          message: WRONG_RECOVERY_KEY,
          field: 'recoveryKey',
        };
      }
    }
    return {
      ok: false,
      problem: 'out-of-turn',
      message: 'The page asked for something out of turn. Nothing was changed.',
    };
  }

  return {
    stage: () => stage,
    done,
    handle(raw) {
      const parsed = unlockRequestSchema.safeParse(raw);
      if (!parsed.success)
        return Promise.resolve({
          ok: false,
          problem: 'invalid-request',
          message: 'The request was not valid.',
        });
      const answer = queue.then(() => run(parsed.data));
      queue = answer.catch(() => undefined);
      return answer.catch((error: unknown) => {
        settle.reject(error);
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          problem: 'cannot-open',
          message: `JointPlan cannot open its data: ${reason}`,
          detail: reason,
        };
      });
    },
  };
}

/**
 * What a page that keeps the key under a passphrase asks first: the passphrase for a key
 * kept that way; the recovery key (and a new passphrase) for a key kept another way (the
 * folder came from a computer with a keychain); for a new folder, a choice. Null: no page
 * is needed (the key is stored unprotected, as the therapist accepted before).
 */
export function passphraseFirstStage(
  dataDir: string,
  allowUnprotected: boolean,
): UnlockStage | null {
  const kind = readKeyFile(dataDir)?.protected.kind;
  if (kind === 'passphrase') return { stage: 'passphrase' };
  if (kind === 'unprotected' && allowUnprotected) return null;
  if (kind === undefined || allowUnprotected) return { stage: 'choose', allowUnprotected };
  return { stage: 'recovery-key', withPassphrase: true };
}
