import { Worker } from 'node:worker_threads';
import { citationLocale, citationStyle, CITATION_LOCALES } from './style-registry.js';
import type { FormatItem, FormatResponse } from './format-request.js';

/** Puts notes into a citation style (off the main thread). */
export interface CitationFormatter {
  /** One HTML string per item, in the style; throws for an unknown style. */
  format(styleName: string, language: string, items: FormatItem[]): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Running from the TypeScript sources (tests, `npm run dev`), a worker cannot load a .ts
 * file by itself: register tsx inside it first.
 */
function sourceWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./format-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/** A formatter backed by one worker thread, started on first use. */
export function createCitationFormatter(): CitationFormatter {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (html: string[]) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const w = import.meta.url.endsWith('.ts') ? sourceWorker() : new Worker(new URL('./format-worker.js', import.meta.url));
    w.unref();
    w.on('message', ({ id, response }: { id: number; response: FormatResponse }) => {
      const waiter = pending.get(id);
      pending.delete(id);
      if (!waiter) return;
      if ('error' in response) waiter.reject(new Error(`Citation formatting failed: ${response.error}`));
      else waiter.resolve(response.html);
    });
    w.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
      worker = undefined;
    });
    return w;
  }

  return {
    async format(styleName, language, items) {
      const style = citationStyle(styleName);
      if (items.length === 0) return [];
      const locale = citationLocale(language);
      worker ??= start();
      const id = nextId++;
      const result = new Promise<string[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.ref();
      worker.postMessage({ id, request: { style: style.name, kind: style.kind, styleFile: style.file, locale, localeFile: CITATION_LOCALES[locale]!, items } });
      try {
        return await result;
      } finally {
        if (pending.size === 0) worker?.unref();
      }
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
