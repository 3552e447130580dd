// Device-local settings (not part of a backup: they describe this computer, not the papers).
import type { PanelwrightDb } from './database';

export const DEFAULT_USER_NAME = 'Local user';
export const SETTING_KEYS = { userName: 'userName', sampleSeeded: 'sampleSeeded' } as const;

/** The name stamped on changes (`updatedBy`); 'Local user' until one is set. Usable inside a transaction that includes settings. */
export async function userNameIn(db: PanelwrightDb): Promise<string> {
  const s = await db.settings.get(SETTING_KEYS.userName);
  return typeof s?.value === 'string' && s.value.trim() ? s.value.trim() : DEFAULT_USER_NAME;
}

export function getUserName(db: PanelwrightDb): Promise<string> {
  return userNameIn(db);
}

/** Saves the name, trimmed and with runs of spaces collapsed; an empty name goes back to the default. */
export async function setUserName(db: PanelwrightDb, name: string): Promise<void> {
  await db.settings.put({ key: SETTING_KEYS.userName, value: name.replace(/\s+/g, ' ').trim().slice(0, 200) });
}
