import type { PanelwrightDb } from './database';

export const DEFAULT_USER_NAME = 'Local user';

export async function getUserName(db: PanelwrightDb): Promise<string> {
  const s = await db.settings.get('userName');
  return typeof s?.value === 'string' && s.value.trim() ? s.value : DEFAULT_USER_NAME;
}

export async function setUserName(db: PanelwrightDb, name: string): Promise<void> {
  await db.settings.put({ key: 'userName', value: name.trim() });
}
