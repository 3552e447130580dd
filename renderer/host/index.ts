// The renderer's one door to its host. In Electron the preload provides window.panelwright (IPC to the
// main process); in a browser the same HostApi is implemented with downloads and file inputs.
import type { HostApi } from '../../shared/host/api';
import { browserHost } from './browser-host';

export function getHost(): HostApi {
  return (typeof window !== 'undefined' && window.panelwright) || browserHost;
}

export type { FileFromHost, HostApi, OpenedFile, SaveFileRequest, SaveFileResult } from '../../shared/host/api';
