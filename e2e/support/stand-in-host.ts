// A stand-in for Electron's preload in the browser, for specs that walk what only the desktop host
// offers. Each spec adds its own members over these (in an init script run after this one).
import type { Page } from '@playwright/test';

/** Defines window.__standInHost: every HostApi member, doing nothing a spec would see. */
export async function addStandInHostBase(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __standInHost: unknown }).__standInHost = {
      kind: 'electron',
      saveFile: () => Promise.resolve({ saved: false }),
      openFile: () => Promise.resolve(null),
      openExternal: () => Promise.resolve(false),
      appVersion: () => Promise.resolve('0.1.0'),
      writeAutoBackup: (reason: string, text: string) =>
        Promise.resolve({ name: `panelwright-2026-01-01T00-00-00-000Z-${reason}.json`, reason, createdAt: '2026-01-01T00:00:00.000Z', size: text.length }),
      listAutoBackups: () => Promise.resolve([]),
      readAutoBackup: () => Promise.reject(new Error('none')),
      onCloseRequested: () => {},
      onEditCommand: () => {},
      onFileOpened: () => {},
      setSyncServer: () => Promise.resolve(true),
    };
  });
}
