import type { UnlockAnswer, UnlockBridge, UnlockRequest } from '../../../shared/unlock-contract.ts';

declare global {
  interface Window {
    /** The Electron unlock preload's or the web host's bridge (src/web-host/unlock-route.ts). */
    unlock?: UnlockBridge;
  }
}

const UNREACHABLE: UnlockAnswer = {
  ok: false,
  problem: 'unreachable',
  message: 'JointPlan is not answering. Quit and start it again. Nothing was changed.',
};

/** One request to the main process (or web host); never throws. */
export async function sendUnlock(request: UnlockRequest): Promise<UnlockAnswer> {
  try {
    return (await window.unlock?.send(request)) ?? UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}
