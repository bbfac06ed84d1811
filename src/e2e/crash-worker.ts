// Test-only worker script: the real scan worker, except that a batch naming `crash-me`
// throws inside the worker's message handler, killing the thread as a native crash would.
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', (message: { batch?: { path: string }[] }) => {
  if (message.batch?.some((info) => info.path.includes('crash-me'))) throw new Error('deliberate worker crash');
});
await import('../scan/worker.js');
