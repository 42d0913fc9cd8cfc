import { flipFuses } from '@electron/fuses';
import { Arch, type AfterPackContext, type LinuxPackager } from 'electron-builder';
import path from 'node:path';
import { JOINTPLAN_FUSES } from './fuses.ts';

/** The packed Electron binary whose fuses are flipped: the .app bundle on macOS. */
export function packedBinary(context: AfterPackContext): string {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      // Only the Linux packager names its executable apart from the product.
      return path.join(context.appOutDir, (context.packager as LinuxPackager).executableName);
  }
}

/** electron-builder's afterPack hook: burn JointPlan's fuses into the packed binary. */
export default async function afterPack(context: AfterPackContext): Promise<void> {
  const isAppleSilicon = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64;
  await flipFuses(packedBinary(context), {
    ...JOINTPLAN_FUSES,
    // Flipping fuses invalidates the ad-hoc signature Apple Silicon needs before real signing.
    resetAdHocDarwinSignature: isAppleSilicon,
  });
}
