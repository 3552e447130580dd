// The library: case studies, the forward plan of key decisions, data tables and plans' numerical
// ambitions — recurring content kept as data and inserted into papers as blocks.
import '../styles/library.css';
import { routeHref } from '../app/route';
import { AmbitionsTab } from './AmbitionsTab';
import { CaseStudiesTab } from './CaseStudiesTab';
import { ForwardPlanTab } from './ForwardPlanTab';
import { TablesTab } from './TablesTab';
import { TeamLock } from '../sync/TeamLock';

const TABS = [
  { id: 'case-studies', label: 'Case studies' },
  { id: 'forward-plan', label: 'Forward plan' },
  { id: 'tables', label: 'Tables' },
  { id: 'ambitions', label: 'Ambitions' },
] as const;

export function LibraryScreen({ tab }: { tab?: string | undefined }) {
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <div className="list-screen library-screen">
      <div className="screen-header">
        <h1>Library</h1>
      </div>
      <nav className="plan-tabs library-tabs" aria-label="Library">
        {TABS.map((t) => (
          <a key={t.id} href={routeHref({ name: 'library', tab: t.id })} aria-current={t.id === current.id ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <TeamLock table="caseStudies" what="the library" disableAll>
        {current.id === 'case-studies' && <CaseStudiesTab />}
        {current.id === 'forward-plan' && <ForwardPlanTab />}
        {current.id === 'tables' && <TablesTab />}
        {current.id === 'ambitions' && <AmbitionsTab />}
      </TeamLock>
    </div>
  );
}
