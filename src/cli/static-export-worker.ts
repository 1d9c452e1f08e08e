// A worker thread of `dossier export static`: opens the site and its app in static-copy
// mode, renders the batches of paths the main thread sends, and writes their files itself.
import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseTarget } from '../config/database-url.js';
import type { RenderJob } from '../export/static/export-static-site.js';
import { openStaticSite, type SiteOptions } from '../main.js';

/** What the main thread hands each worker. */
export interface StaticWorkerData {
  target: DatabaseTarget;
  options: SiteOptions;
  siteUrl: string;
  dir: string;
}

type Request = { id: number; jobs: RenderJob[] };

if (parentPort) {
  const port = parentPort;
  const data = workerData as StaticWorkerData;
  const opened = openStaticSite(data.target, data.options, data.siteUrl, data.dir);
  opened.then(() => port.postMessage({ ready: true }), (error: unknown) => port.postMessage({ ready: false, error: String(error instanceof Error ? error.message : error) }));
  port.on('message', async (message: Request | { close: true }) => {
    const site = await opened;
    if ('close' in message) {
      await site.close();
      port.close();
      return;
    }
    try {
      port.postMessage({ id: message.id, results: await site.renderer.render(message.jobs) });
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
