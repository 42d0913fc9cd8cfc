import type { BridgeApi } from '../shared/api.ts';
import type { MenuCommand } from '../shared/ipc-channels.ts';

declare global {
  interface Window {
    /** The app API, from the Electron preload or the web host's bridge. */
    api: BridgeApi;
    /** Present only inside Electron. */
    shell?: { onMenuCommand(listener: (command: MenuCommand) => void): () => void };
  }
}
