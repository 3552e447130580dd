// The Word export off the main thread (a module worker): the window keeps painting and answering
// while a long paper is built, and Cancel ends the worker. See export-client.ts.
import { handleExportRequest } from './export-tasks';
import type { ExportRequest } from './export-protocol';

const scope = self as unknown as Worker;
scope.onmessage = (e: MessageEvent<ExportRequest>) => void handleExportRequest(e.data, (a, transfer) => scope.postMessage(a, transfer ?? []));
