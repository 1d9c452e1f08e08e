// A worker thread of the prepare pool: renders batches of imported posts, answering each in order.
import { parentPort } from 'node:worker_threads';
import { preparePost, type PrepareInput } from './prepare-post.js';

parentPort?.on('message', (message: { id: number; inputs: PrepareInput[] }) => {
  try {
    parentPort!.postMessage({ id: message.id, results: message.inputs.map(preparePost) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
