// Electron's fuses for every packaged build (docs/security.md): switches compiled into the Electron
// binary that no command line, environment variable or replaced file can turn back. electron-builder's
// afterPack hook (after-pack.mjs) flips them in the packaged binary before it is signed, so the
// signature covers them.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * The app's fuses. A fuse left out (LoadBrowserProcessSpecificV8Snapshot, and any a later Electron
 * adds) keeps Electron's default.
 */
export const APP_FUSES = Object.freeze({
  version: FuseVersion.V1,
  // No ELECTRON_RUN_AS_NODE: the installed app cannot be used as a Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium stores are encrypted with the OS's key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // No NODE_OPTIONS (e.g. --require of another script) and no --inspect debugger.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded in the (signed) binary: Windows and macOS only.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app's code only from app.asar, never from a folder beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// pages get no more rights than web pages (the app serves its pages from app://).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** Platforms whose Electron checks app.asar against the integrity hash in its binary. */
const ASAR_INTEGRITY_PLATFORMS = new Set(['win32', 'darwin', 'mas']);

/**
 * The fuse configuration for one packaged binary.
 * @param {string} platform electron-builder's electronPlatformName: 'win32', 'darwin', 'mas' or 'linux'.
 * @param {string} arch 'x64', 'arm64', 'universal', …
 * @param {string} [host] the platform the build runs on (process.platform).
 */
export function fusesFor(platform, arch, host = process.platform) {
  const macOS = platform === 'darwin' || platform === 'mas';
  return {
    ...APP_FUSES,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ASAR_INTEGRITY_PLATFORMS.has(platform),
    // Changing the binary breaks its ad-hoc signature, without which Apple silicon refuses to start
    // it: @electron/fuses signs it again ad hoc (codesign, so only on a Mac). A Developer ID signature,
    // when the build has one, replaces it afterwards.
    resetAdHocDarwinSignature: macOS && (arch === 'arm64' || arch === 'universal') && host === 'darwin',
  };
}

/**
 * Flips the app's fuses in a packaged Electron binary: the executable on Windows and Linux, the .app
 * folder on macOS (@electron/fuses finds the Electron Framework inside it, and flips both slices of a
 * universal binary). Returns how many fuse wires were set (2 in a universal binary).
 * @param {string} binaryPath
 * @param {{ platform: string, arch: string, host?: string }} target
 */
export async function flipAppFuses(binaryPath, { platform, arch, host = process.platform }) {
  return flipFuses(binaryPath, fusesFor(platform, arch, host));
}
