import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../shared/api-methods.ts';
import type { BridgeApi } from '../shared/api.ts';
import {
  apiChannel,
  MENU_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
} from '../shared/ipc-channels.ts';

// One function per contract method and nothing else: the renderer never sees ipcRenderer.
const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(apiChannel(name), input),
  ]),
) as unknown as BridgeApi;

const shell = {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.off(MENU_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', shell);
