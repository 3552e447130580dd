// The import report of a paper just opened from Word, kept for this session so the paper screen can
// show it (the file's problems are about the file, not the paper, so they are not stored with it).
import { useSyncExternalStore } from 'react';
import type { ImportReport } from '../../shared/word-import/index';

const reports = new Map<string, ImportReport>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function setImportReport(paperId: string, report: ImportReport): void {
  reports.set(paperId, report);
  emit();
}

export function dismissImportReport(paperId: string): void {
  reports.delete(paperId);
  emit();
}

export function useImportReport(paperId: string): ImportReport | undefined {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => reports.get(paperId),
  );
}
