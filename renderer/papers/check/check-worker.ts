// The Check panel's module worker: runs check-tasks.ts on each request.
import type { CheckRequest } from './check-protocol';
import { checkTasks } from './check-tasks';

const run = checkTasks();
self.onmessage = (e: MessageEvent<CheckRequest>) => void run(e.data, (answer, transfer) => (self as unknown as Worker).postMessage(answer, transfer ?? []));
