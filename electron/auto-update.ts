// Automatic updates through electron-updater, OFF unless switched on. Councils' IT usually pushes
// new versions itself (the MSI), and an app that fetches code from the internet on its own is what
// such IT forbids, so the default is no network at all. The switch, for a machine or a user:
//   - the environment variable PANELWRIGHT_UPDATE_URL=https://… (e.g. set by group policy), or
//   - a file auto-update.json in the app's user-data folder: {"enabled": true, "url": "https://…"}.
// The URL is a folder served over https holding the latest.yml and installers a release build made
// (electron-builder's "generic" provider). Anything else (http, bad JSON, no URL) leaves updates off.
import type { AppUpdater } from 'electron-updater';

export const AUTO_UPDATE_FILE = 'auto-update.json';
export const AUTO_UPDATE_ENV = 'PANELWRIGHT_UPDATE_URL';

export type AutoUpdateSettings = { readonly enabled: false; readonly reason: string } | { readonly enabled: true; readonly url: string };

function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether updates are on, from the environment and the settings file's text (null when there is none). */
export function autoUpdateSettings(env: Readonly<Record<string, string | undefined>>, fileText: string | null): AutoUpdateSettings {
  const fromEnv = env[AUTO_UPDATE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const url = httpsUrl(fromEnv);
    return url ? { enabled: true, url } : { enabled: false, reason: `${AUTO_UPDATE_ENV} is not an https address` };
  }
  if (fileText === null) return { enabled: false, reason: 'off by default' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch {
    return { enabled: false, reason: `${AUTO_UPDATE_FILE} is not valid JSON` };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { enabled?: unknown }).enabled !== true)
    return { enabled: false, reason: `${AUTO_UPDATE_FILE} does not say "enabled": true` };
  const url = httpsUrl((parsed as { url?: unknown }).url);
  return url ? { enabled: true, url } : { enabled: false, reason: `${AUTO_UPDATE_FILE} has no https "url"` };
}

/**
 * Starts electron-updater when the settings say so: checks once at start and then every six hours,
 * downloads in the background and installs when the app quits. The updater is passed in (loaded only
 * when updates are on), so nothing here touches the network by default.
 */
export function startAutoUpdates(settings: AutoUpdateSettings, loadUpdater: () => Promise<AppUpdater>, log: (message: string) => void): Promise<boolean> {
  if (!settings.enabled) {
    log(`Automatic updates are off (${settings.reason}).`);
    return Promise.resolve(false);
  }
  return loadUpdater().then(
    (updater) => {
      updater.setFeedURL({ provider: 'generic', url: settings.url });
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = true;
      const check = () => updater.checkForUpdates().catch((e: unknown) => log(`Update check failed: ${e instanceof Error ? e.message : String(e)}`));
      void check();
      setInterval(() => void check(), 6 * 60 * 60 * 1000).unref();
      log(`Automatic updates are on, from ${settings.url}.`);
      return true;
    },
    (e: unknown) => {
      log(`Automatic updates could not start: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    },
  );
}
