import { describe, expect, it, vi } from 'vitest';
import type { AppUpdater } from 'electron-updater';
import { autoUpdateSettings, startAutoUpdates } from './auto-update';

describe('automatic updates', () => {
  it('are off by default and for anything but an https address', () => {
    expect(autoUpdateSettings({}, null)).toEqual({ enabled: false, reason: 'off by default' });
    expect(autoUpdateSettings({ PANELWRIGHT_UPDATE_URL: 'http://intranet/updates' }, null).enabled).toBe(false);
    expect(autoUpdateSettings({}, '{"enabled": true, "url": "ftp://x"}').enabled).toBe(false);
    expect(autoUpdateSettings({}, '{"enabled": "yes", "url": "https://x.example/u/"}').enabled).toBe(false);
    expect(autoUpdateSettings({}, '{not json').enabled).toBe(false);
    expect(autoUpdateSettings({}, '{"enabled": false, "url": "https://x.example/u/"}').enabled).toBe(false);
  });
  it('are switched on by the environment variable (which wins) or by auto-update.json', () => {
    expect(autoUpdateSettings({ PANELWRIGHT_UPDATE_URL: 'https://updates.council.example/panelwright/' }, '{"enabled": false}')).toEqual({
      enabled: true,
      url: 'https://updates.council.example/panelwright/',
    });
    expect(autoUpdateSettings({}, '{"enabled": true, "url": "https://x.example/u/"}')).toEqual({ enabled: true, url: 'https://x.example/u/' });
  });
  it('never load the updater when off; when on, point it at the feed and check', async () => {
    const load = vi.fn();
    const log = vi.fn();
    expect(await startAutoUpdates({ enabled: false, reason: 'off by default' }, load, log)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    const updater = { setFeedURL: vi.fn(), checkForUpdates: vi.fn(() => Promise.resolve(null)), autoDownload: false, autoInstallOnAppQuit: false };
    expect(await startAutoUpdates({ enabled: true, url: 'https://x.example/u/' }, () => Promise.resolve(updater as unknown as AppUpdater), log)).toBe(true);
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://x.example/u/' });
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.autoDownload).toBe(true);
  });
});
