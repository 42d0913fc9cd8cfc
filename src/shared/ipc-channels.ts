/** IPC channel names, shared by the preload and the main process. */
export const apiChannel = (method: string) => `api:${method}`;
export const MENU_CHANNEL = 'shell:menu';

/** Commands the app menu sends to the window. */
export const MENU_COMMANDS = ['new-patient', 'find'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
