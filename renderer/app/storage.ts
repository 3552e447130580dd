// Asks the browser engine to keep our data even under storage pressure (without it, Chromium may
// evict IndexedDB when the disk fills), and reports how much is used for the status bar.
import { useEffect, useState } from 'react';

export interface StorageInfo {
  readonly persisted: boolean | null;
  readonly usedBytes: number | null;
}

/** The Storage API, where this context has one (an insecure origin or an old engine has none). */
function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function useStorageInfo(refreshMs = 30_000): StorageInfo {
  const [info, setInfo] = useState<StorageInfo>({ persisted: null, usedBytes: null });
  useEffect(() => {
    let live = true;
    const read = async () => {
      const persisted = await requestPersistentStorage();
      const estimate = await storageManager()
        ?.estimate?.()
        .catch(() => undefined);
      if (live) setInfo({ persisted, usedBytes: estimate?.usage ?? null });
    };
    void read();
    const t = setInterval(() => void read(), refreshMs);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [refreshMs]);
  return info;
}
