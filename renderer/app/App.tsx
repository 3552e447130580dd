import { useEffect, useState } from 'react';
import { BackupScreen } from '../backup/BackupScreen';
import { CommitteesScreen } from '../committees/CommitteesScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { MeasuresScreen } from '../measures/MeasuresScreen';
import { PlanScreen } from '../plans/PlanScreen';
import { PackScreen } from '../plans/PackScreen';
import { PlansScreen } from '../plans/PlansScreen';
import { db } from '../db/database';
import { seedSampleIfFirstRun } from '../db/backup-repo';
import { PaperScreen } from '../papers/PaperScreen';
import { CompareScreen } from '../papers/CompareScreen';
import { PapersScreen } from '../papers/PapersScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { DialogHost } from '../ui/DialogHost';
import { showToast, Toast } from '../ui/toast';
import { routeHref, useRoute } from './route';
import type { Route } from './route';
import { StatusBar } from './StatusBar';
import { restoreUnsavedEdits } from './durable-edits';
import { listenForFilesFromHost } from './files-from-host';
import { startSavedTeamSync } from '../sync/team';

const NAV: readonly { route: Route; label: string }[] = [
  { route: { name: 'papers' }, label: 'Papers' },
  { route: { name: 'plans' }, label: 'Delivery plans' },
  { route: { name: 'measures' }, label: 'Measures' },
  { route: { name: 'library' }, label: 'Library' },
  { route: { name: 'committees' }, label: 'Committees' },
  { route: { name: 'backup' }, label: 'Backup & restore' },
  { route: { name: 'settings' }, label: 'Settings' },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'paper':
      return <PaperScreen key={route.paperId} paperId={route.paperId} />;
    case 'paperVersion':
      return <PaperScreen key={`${route.paperId}/v${route.number}`} paperId={route.paperId} versionNumber={route.number} />;
    case 'paperCompare':
      return <CompareScreen key={`${route.paperId}/${route.from}/${route.to}`} paperId={route.paperId} from={route.from} to={route.to} />;
    case 'plans':
      return <PlansScreen />;
    case 'plan':
      return <PlanScreen key={route.planId} planId={route.planId} view={route.view} />;
    case 'pack':
      return <PackScreen key={route.packId} packId={route.packId} />;
    case 'measures':
      return <MeasuresScreen planId={route.planId} />;
    case 'library':
      return <LibraryScreen tab={route.tab} />;
    case 'committees':
      return <CommitteesScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <PapersScreen />;
  }
}

export function App() {
  const route = useRoute();
  const [ready, setReady] = useState<'opening' | 'ready' | { error: string }>('opening');

  useEffect(() => {
    seedSampleIfFirstRun(db)
      // Edits typed just before the last reload or close, not yet stored then (unsaved-journal.ts).
      .then(() => restoreUnsavedEdits(db))
      .then((kept) => {
        if (kept > 0)
          showToast({
            tone: 'success',
            text: `${kept === 1 ? 'Your last change' : `Your last ${kept} changes`}, typed just before Panelwright was closed or reloaded, ${kept === 1 ? 'is' : 'are'} saved.`,
          });
        setReady('ready');
        // A double-clicked pack or backup (also the one Panelwright was started with) opens once the data is there.
        listenForFilesFromHost();
        // A connection saved in Settings → Team starts syncing; without one nothing touches the network.
        startSavedTeamSync(db).catch((e: unknown) => console.error('Panelwright: team sync did not start', e));
      })
      .catch((e: unknown) => setReady({ error: e instanceof Error ? e.message : String(e) }));
  }, []);

  // Authors press Ctrl+S out of habit: tell them there is nothing to do.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        showToast({ text: 'Panelwright saves every change as you type — there is nothing to save.' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const current =
    route.name === 'paper' || route.name === 'paperVersion' || route.name === 'paperCompare'
      ? 'papers'
      : route.name === 'plan' || route.name === 'pack'
        ? 'plans'
        : route.name;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Panelwright</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.route.name}>
                <a href={routeHref(n.route)} aria-current={current === n.route.name ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" data-app-ready={ready === 'ready' ? 'true' : 'false'}>
        {ready === 'opening' ? (
          <p className="loading">Opening your papers…</p>
        ) : ready === 'ready' ? (
          <Screen route={route} />
        ) : (
          <div className="empty-state" role="alert">
            <h1>Your papers could not be opened</h1>
            <p>{ready.error}</p>
            <p>Nothing has been changed. Close other Panelwright windows and start it again; if this keeps happening, restore from a backup.</p>
          </div>
        )}
      </main>
      <StatusBar />
      <Toast />
      <DialogHost />
    </div>
  );
}
