import { contextBridge, ipcRenderer } from 'electron';
import {
  UNLOCK_CHANNEL,
  type UnlockAnswer,
  type UnlockBridge,
  type UnlockRequest,
} from '../shared/unlock-contract.ts';

// The unlock window's whole API: one request channel, checked and validated in the main process.
const unlock: UnlockBridge = {
  host: 'electron',
  send: (request: UnlockRequest) =>
    ipcRenderer.invoke(UNLOCK_CHANNEL, request) as Promise<UnlockAnswer>,
};

contextBridge.exposeInMainWorld('unlock', unlock);
