import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses JointPlan ships with, burnt into the packaged binary after packing (they
 * cannot be changed at run time, which is the point). Every fuse is stated, so an Electron
 * upgrade that adds one stops the build until someone decides it.
 */
export const JOINTPLAN_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary can never be used as a plain Node.js (ELECTRON_RUN_AS_NODE) to read patient data.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // No NODE_OPTIONS or --inspect: nothing outside the app can inject code into its main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is the signed asar or nothing (integrity is checked on macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Kept on: the window is loaded from file:// and the PDF preview starts pdf.js's module
  // worker from there. Turn it off once the renderer is served from a custom protocol.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;
