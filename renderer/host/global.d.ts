// The Electron preload (electron/preload.ts) puts the host API on window.panelwright; in a plain browser it
// is absent. Only renderer/host/index.ts should read it — everything else calls getHost().
import type { HostApi } from '../../shared/host/api';

declare global {
  interface Window {
    panelwright?: HostApi;
  }
}

export {};
