import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageSnapshot } from '../../domain/link-record.js';
import type { ChainResult } from './fetch-chain.js';

/** Our own copy of a cited page: a snapshot before it is dated and filed under its URL. */
export type PageCopy = Omit<PageSnapshot, 'url' | 'fetchedAt' | 'finalUrl'> & { finalUrl: string };

const isHtml = (type: string | null) => /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(type ?? 'text/html');

function readable(html: string): { title: string | null; text: string | null } {
  try {
    // linkedom builds the DOM without expanding DTD entities or running scripts.
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document, { maxElemsToParse: 20_000 }).parse();
    const text = article?.textContent?.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim() || null;
    return { title: article?.title?.trim() || document.title?.trim() || null, text };
  } catch {
    return { title: null, text: null }; // a page Readability cannot take apart still keeps its HTML
  }
}

/** Turns a fetched page into the copy we keep: HTML, readable text, title, sha256. */
export function makePageCopy(fetched: ChainResult): PageCopy {
  const base = { finalUrl: fetched.finalUrl, httpStatus: fetched.status, contentType: fetched.contentType, truncated: fetched.body?.truncated ?? false };
  if (fetched.problem || !fetched.body || fetched.status === null || fetched.status < 200 || fetched.status >= 300) {
    return { ...base, sha256: null, html: null, readableText: null, title: null, error: fetched.error ?? `HTTP ${fetched.status}` };
  }
  const sha256 = createHash('sha256').update(fetched.body.bytes).digest('hex');
  if (!isHtml(fetched.contentType)) return { ...base, sha256, html: null, readableText: null, title: null, error: null };
  const html = new TextDecoder('utf-8', { fatal: false }).decode(fetched.body.bytes);
  const { title, text } = readable(html);
  return { ...base, sha256, html, readableText: text, title, error: null };
}
