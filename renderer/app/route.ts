// Hash routes, so a reload (or a crash and restart) returns to the same screen.
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'papers' }
  | { readonly name: 'paper'; readonly paperId: string }
  /** An issued version of a paper, read-only. */
  | { readonly name: 'paperVersion'; readonly paperId: string; readonly number: number }
  /** What changed between two states of a paper: version numbers, or 'draft'. */
  | { readonly name: 'paperCompare'; readonly paperId: string; readonly from: VersionRef; readonly to: VersionRef }
  | { readonly name: 'plans' }
  /** A delivery plan; view is e.g. 'updates' (the lead officer's view) or absent for the overview. */
  | { readonly name: 'plan'; readonly planId: string; readonly view?: string }
  /** An update pack opened on this computer (an officer's), filled in apart from this computer's plans. */
  | { readonly name: 'pack'; readonly packId: string }
  | { readonly name: 'measures'; readonly planId?: string }
  | { readonly name: 'library'; readonly tab?: string }
  | { readonly name: 'committees' }
  | { readonly name: 'backup' }
  | { readonly name: 'settings' };

/** A state of a paper to compare: an issued version's number, or its current draft. */
export type VersionRef = number | 'draft';

const versionRef = (s: string | undefined): VersionRef | null => (s === 'draft' ? 'draft' : s && /^\d+$/.test(s) ? Number(s) : null);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'paper': {
      if (!parts[1]) return { name: 'papers' };
      const n = versionRef(parts[3]);
      if (parts[2] === 'version' && typeof n === 'number') return { name: 'paperVersion', paperId: parts[1], number: n };
      const to = versionRef(parts[4]);
      if (parts[2] === 'compare' && n !== null && to !== null) return { name: 'paperCompare', paperId: parts[1], from: n, to };
      return { name: 'paper', paperId: parts[1] };
    }
    case 'plans':
      return { name: 'plans' };
    case 'plan':
      return parts[1] ? { name: 'plan', planId: parts[1], ...(parts[2] ? { view: parts[2] } : {}) } : { name: 'plans' };
    case 'pack':
      return parts[1] ? { name: 'pack', packId: parts[1] } : { name: 'plans' };
    case 'measures':
      return parts[1] ? { name: 'measures', planId: parts[1] } : { name: 'measures' };
    case 'library':
      return parts[1] ? { name: 'library', tab: parts[1] } : { name: 'library' };
    case 'committees':
      return { name: 'committees' };
    case 'backup':
      return { name: 'backup' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'papers' };
  }
}

export function routeHref(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'paper':
      return `#/paper/${e(route.paperId)}`;
    case 'paperVersion':
      return `#/paper/${e(route.paperId)}/version/${route.number}`;
    case 'paperCompare':
      return `#/paper/${e(route.paperId)}/compare/${route.from}/${route.to}`;
    case 'plan':
      return `#/plan/${e(route.planId)}${route.view ? `/${e(route.view)}` : ''}`;
    case 'pack':
      return `#/pack/${e(route.packId)}`;
    case 'measures':
      return route.planId ? `#/measures/${e(route.planId)}` : '#/measures';
    case 'library':
      return route.tab ? `#/library/${e(route.tab)}` : '#/library';
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    (l) => {
      window.addEventListener('hashchange', l);
      return () => window.removeEventListener('hashchange', l);
    },
    () => window.location.hash,
  );
  return parseRoute(hash);
}
