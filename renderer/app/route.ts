// Hash routes, so a reload (or a crash and restart) returns to the same screen.
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'papers' }
  | { readonly name: 'paper'; readonly paperId: string }
  | { readonly name: 'committees' }
  | { readonly name: 'backup' }
  | { readonly name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'paper':
      return parts[1] ? { name: 'paper', paperId: parts[1] } : { name: 'papers' };
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
  return route.name === 'paper' ? `#/paper/${encodeURIComponent(route.paperId)}` : `#/${route.name}`;
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
