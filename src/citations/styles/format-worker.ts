// Runs in a worker thread: citeproc takes seconds to build a style's engine and would
// otherwise stall every request the web server is answering meanwhile.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CslCite, CslItem } from '../../domain/csl.js';
import type { FormatItem, FormatRequest, FormatResponse } from './format-request.js';
import { PARTS_STYLE, PARTS_STYLE_NAME, partsMissing } from './parts-style.js';
import { localPunctuation } from './script-punctuation.js';

interface CiteModule {
  Cite: new (data: unknown) => { format(kind: string, options: Record<string, unknown>): unknown };
  plugins: { config: { get(name: string): { templates: { add(n: string, x: string): void }; locales: { add(n: string, x: string): void } } } };
}

const loadedStyles = new Set<string>();
const loadedLocales = new Set<string>();
const ibidTerms = new Map<string, string>();
let cite: CiteModule | undefined;

async function citationJs(): Promise<CiteModule> {
  if (!cite) {
    // A CommonJS package: bundled, its exports may sit under `default` only.
    const imported = (await import('@citation-js/core')) as unknown as CiteModule & { default?: CiteModule };
    cite = imported.Cite ? imported : imported.default!;
    await import('@citation-js/plugin-csl');
    cite.plugins.config.get('@csl').templates.add(PARTS_STYLE_NAME, PARTS_STYLE);
  }
  return cite;
}

/** A CSL citation item: the prefix and suffix set apart from the source by a space or a comma. */
function citationItem(c: CslCite, id: string): Record<string, string> {
  const item: Record<string, string> = { id };
  if (c.locator) Object.assign(item, { locator: c.locator, label: c.label ?? 'page' });
  if (c.prefix) item.prefix = `${c.prefix} `;
  if (c.suffix) item.suffix = /^\(/.test(c.suffix) ? ` ${c.suffix}` : /^\p{Lu}/u.test(c.suffix) ? `. ${c.suffix}` : `, ${c.suffix}`;
  return item;
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#38;|&amp;/g, '&');
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
    const xml = readFileSync(new URL(`locales/${request.localeFile}`, dir), 'utf8');
    config.locales.add(request.locale, xml);
    loadedLocales.add(request.locale);
    ibidTerms.set(request.locale, /<term name="ibid">([^<]+)<\/term>/.exec(xml)?.[1]?.trim() || 'ibid.');
  }
  // "Ibid." in the locale's words ("المرجع السابق" in ar, "همان" in fa-IR).
  const ibid = ibidTerms.get(request.locale) ?? 'ibid.';
  const Ibid = ibid.charAt(0).toUpperCase() + ibid.slice(1);
  const options = { format: 'html', template: request.style, lang: request.locale };

  /** The parts (volume, issue, pages, section, locator…) a rendering left out, in the locale's words. */
  function supplement(c: CslCite, rendered: string, locator: boolean): string {
    const missing = partsMissing(c, textOf(rendered), locator);
    if (!missing) return '';
    const data: CslItem & { id: string } = { ...missing.item, id: 'parts' };
    const entry = [{ id: 'parts', ...(missing.locator ? { locator: missing.locator, label: missing.label ?? 'page' } : {}) }];
    return String(new Cite([data]).format('citation', { ...options, template: PARTS_STYLE_NAME, entry })).trim();
  }

  function ibidNote(item: FormatItem): string {
    const c = item.cites[0];
    const where = c?.locator ? (c.label && c.label !== 'page' ? supplement({ itemData: { type: 'document' }, locator: c.locator, label: c.label }, '', true) : c.locator) : '';
    return `${c?.prefix ? `${c.prefix} ${ibid}` : Ibid}${where ? `, ${where}` : ''}${c?.suffix ? `${/^\(/.test(c.suffix) ? ' ' : ', '}${c.suffix}` : ''}`;
  }

  function note(item: FormatItem, index: number): string {
    const data = item.cites.map((c, i) => ({ ...c.itemData, id: `n${index}-${i}` }));
    const entry = item.cites.map((c, i) => citationItem(c, `n${index}-${i}`));
    const html = String(new Cite(data).format('citation', { ...options, entry }));
    const extra = item.cites.map((c) => supplement(c, html, true)).filter(Boolean);
    return extra.length > 0 ? `${html.replace(/\.$/, '')} (${extra.join('; ')}).` : html;
  }

  // A reference-list entry per source; the pinpoint follows it (the entry itself has none).
  function entries(item: FormatItem, index: number): string {
    return item.cites.map((c, i) => {
      const html = String(new Cite([{ ...c.itemData, id: `n${index}-${i}` }]).format('bibliography', options));
      const body = html.replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
      const missing = supplement(c, body, false);
      const where = c.locator ? supplement({ itemData: { type: 'document' }, locator: c.locator, label: c.label ?? 'page' }, '', true) : '';
      return [c.prefix, body, missing && `(${missing}).`, where && `${where}.`, c.suffix && (/[.!?)]$/.test(c.suffix) ? c.suffix : `${c.suffix}.`)].filter(Boolean).join(' ');
    }).join(' ');
  }

  return request.items.map((item, index) => {
    if (item.cites.length === 0) return '';
    if (request.kind === 'note') return localPunctuation(item.ibid ? ibidNote(item) : note(item, index), request.locale);
    return localPunctuation(entries(item, index), request.locale);
  });
}

parentPort?.on('message', (message: { id: number; request: FormatRequest }) => {
  format(message.request).then(
    (html) => parentPort!.postMessage({ id: message.id, response: { html } satisfies FormatResponse }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, response: { error: error instanceof Error ? error.message : String(error) } satisfies FormatResponse }),
  );
});
