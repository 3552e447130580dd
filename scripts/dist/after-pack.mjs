// electron-builder's afterPack hook (electron-builder.config.mjs): flips Electron's fuses (fuses.mjs)
// in the packaged app, after electron-builder has put the app in place and before it signs it.
import path from 'node:path';
import { Arch } from 'electron-builder';
import { flipAppFuses, fusesFor } from './fuses.mjs';

/**
 * Where the packaged Electron binary is, named as electron-builder names it: on Windows
 * `<executableName>.exe`, on macOS the `<productFilename>.app` folder (productFilename is the
 * executableName when one is set), on Linux `<executableName>`.
 * @param {import('app-builder-lib').AfterPackContext} context
 */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'linux':
      return path.join(appOutDir, /** @type {import('app-builder-lib').LinuxPackager} */ (packager).executableName);
    default:
      throw new Error(`afterPack: no Electron binary known for platform "${electronPlatformName}", so its fuses cannot be set.`);
  }
}

/**
 * A universal macOS build packs an x64 and an arm64 app first (`<appOutDir>-x64-temp`,
 * `<appOutDir>-arm64-temp`), merges them, then calls afterPack once more for the merged app: the
 * fuses are flipped there, in both slices, as electron-builder's own fuse step does.
 * @param {import('app-builder-lib').AfterPackContext} context
 */
function isUniversalSlice(context) {
  return (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && /-(x64|arm64)-temp$/.test(context.appOutDir);
}

/**
 * @param {import('app-builder-lib').AfterPackContext} context
 * @returns {Promise<{ binary: string, wires: number } | null>} the binary whose fuses were set and how many
 *   fuse wires it has (2 in a universal binary); null for a universal build's single-arch slice.
 */
export default async function afterPack(context) {
  if (isUniversalSlice(context)) return null;
  const platform = context.electronPlatformName;
  const arch = Arch[context.arch];
  const binary = packagedBinary(context);
  const fuses = fusesFor(platform, arch);
  if ((platform === 'darwin' || platform === 'mas') && (arch === 'arm64' || arch === 'universal') && !fuses.resetAdHocDarwinSignature)
    console.warn(`  • fuses set in ${binary} without re-signing it (codesign needs a Mac): sign the app on a Mac before it runs on Apple silicon.`);
  const wires = await flipAppFuses(binary, { platform, arch });
  console.log(`  • Electron fuses set  binary=${binary} wires=${wires}`);
  return { binary, wires };
}
