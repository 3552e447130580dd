import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { APP_VERSION } from './app/version';
import { backupBeforeUpgrade, startDailyBackups } from './backup/auto-backup';
import { DATABASE_NAME, db } from './db/database';
import { getHost } from './host';
import { hasUnsavedWrites, prepareToLeave, whenSaved } from './app/save-state';
import { runEditCommand } from './app/edit-commands';
import './styles/base.css';
import './styles/paper.css';

const root = document.getElementById('root');
if (!root) throw new Error('Panelwright: #root element missing from index.html');

async function start(root: HTMLElement): Promise<void> {
  // Before anything opens the database (and so upgrades it): keep a backup of data an older version wrote.
  try {
    const kept = await backupBeforeUpgrade(DATABASE_NAME, getHost(), APP_VERSION);
    if (kept) console.info(`Panelwright: kept an automatic backup before upgrading the data (${kept.name})`);
  } catch (e) {
    // The upgrade itself is one transaction (all or nothing); not being able to keep a copy must not lock the author out.
    console.error('Panelwright: the automatic backup before the data upgrade could not be written', e);
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startDailyBackups(db, getHost(), APP_VERSION);
  getHost().onEditCommand(runEditCommand);
  // Electron holds the window's close until this answers (electron/close-guard.ts gives it 5 s).
  getHost().onCloseRequested(async () => {
    prepareToLeave();
    await Promise.race([whenSaved(), new Promise((r) => setTimeout(r, 4000))]);
    return { unsaved: hasUnsavedWrites() };
  });
}

void start(root);
