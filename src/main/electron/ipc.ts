import type { IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type AppApi } from '../../shared/api.ts';
import type { Result } from '../../shared/result.ts';
import { apiChannel } from '../../shared/ipc-channels.ts';
import { dispatch } from '../dispatch.ts';

/** The part of Electron's ipcMain this binding uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void;
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the JointPlan window.' },
};

/**
 * Binds every contract method to its own IPC channel. Each call is checked for its sender,
 * then validated and run by the shared dispatcher; no business logic lives here.
 */
export function bindIpc(ipcMain: IpcMainLike, api: AppApi, isTrustedSender: SenderCheck): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(apiChannel(name), (event, input) =>
      isTrustedSender(event) ? dispatch(api, name, input) : FORBIDDEN,
    );
  }
}

/** Trusts only the main frame of a window showing the app's own page. */
export function senderCheckFor(isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
  };
}
