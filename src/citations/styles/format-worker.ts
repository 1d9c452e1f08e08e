// Runs in a worker thread: citeproc takes seconds to build a style's engine and would
// otherwise stall every request the web server is answering meanwhile.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CslItem } from '../../domain/csl.js';
import type { FormatItem, FormatRequest, FormatResponse } from './format-request.js';

interface CiteModule {
  Cite: new (data: unknown) => { format(kind: string, options: Record<string, unknown>): unknown };
  plugins: { config: { get(name: string): { templates: { add(n: string, x: string): void }; locales: { add(n: string, x: string): void } } } };
}

const loadedStyles = new Set<string>();
const loadedLocales = new Set<string>();
let cite: CiteModule | undefined;

async function citationJs(): Promise<CiteModule> {
  if (!cite) {
    cite = (await import('@citation-js/core')) as unknown as CiteModule;
    await import('@citation-js/plugin-csl');
  }
  return cite;
}

// In a notes style a book's page is where the claim is (a locator); an article's pages are its extent.
const LOCATOR_TYPES = new Set(['book', 'report', 'webpage', 'document', 'thesis']);

function citeItem(item: FormatItem, id: string): { data: CslItem & { id: string }; locator: string | null } {
  const { page, ...rest } = item.csl;
  if (LOCATOR_TYPES.has(item.csl.type)) return { data: { ...rest, id }, locator: item.locator ?? page ?? null };
  return { data: { ...item.csl, id }, locator: item.locator };
}

async function format(request: FormatRequest): Promise<string[]> {
  const { Cite, plugins } = await citationJs();
  const config = plugins.config.get('@csl');
  const dir = new URL('./csl/', import.meta.url);
  if (!loadedStyles.has(request.style)) {
    config.templates.add(request.style, readFileSync(new URL(request.styleFile, dir), 'utf8'));
    loadedStyles.add(request.style);
  }
  if (!loadedLocales.has(request.locale)) {
    config.locales.add(request.locale, readFileSync(new URL(`locales/${request.localeFile}`, dir), 'utf8'));
    loadedLocales.add(request.locale);
  }
  const options = { format: 'html', template: request.style, lang: request.locale };
  return request.items.map((item, index) => {
    if (request.kind === 'note' && item.ibid) return `Ibid.${item.locator ? `, ${item.locator}` : ''}`;
    const { data, locator } = citeItem(item, `n${index}`);
    if (request.kind === 'note') {
      const entry = locator ? [{ id: data.id, locator, label: 'page' }] : [data.id];
      return String(new Cite([data]).format('citation', { ...options, entry }));
    }
    // A reference-list entry; the page this note points at follows it (the entry itself has none).
    const html = String(new Cite([data]).format('bibliography', options));
    const entry = html.replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
    return locator && LOCATOR_TYPES.has(item.csl.type) ? `${entry} p.\u00a0${locator}.` : entry;
  });
}

parentPort?.on('message', (message: { id: number; request: FormatRequest }) => {
  format(message.request).then(
    (html) => parentPort!.postMessage({ id: message.id, response: { html } satisfies FormatResponse }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, response: { error: error instanceof Error ? error.message : String(error) } satisfies FormatResponse }),
  );
});
