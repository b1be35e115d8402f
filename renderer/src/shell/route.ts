// Which section is open, kept in the URL hash (#/products). A hash works the same from file:// in Electron and
// from the HTTP host, and the browser's back button moves between sections.
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const current = (): string => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

export function useRoute(): string {
  return useSyncExternalStore(subscribe, current);
}

export function navigate(section: string): void {
  window.location.hash = `#/${section}`;
}
