import type { TokenSplice } from './token-splice.js';

/** One cached answer: the page in each encoding, and what it shows (its purge tags). */
export interface CachedPage {
  type: string;
  etag: string;
  lastModified: string | null;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  tags: string[];
  /** For a page with a comment form: its parts around the form token, to answer with a fresh one. */
  splice: TokenSplice | null;
  /** Cookies that make this page someone's own: a request carrying one is not answered from the cache. */
  personal: string[];
}

/**
 * Where cached pages live: this process's memory, or Redis shared by every process.
 * `epoch` moves on with every purge, so a page rendered before one is not stored after it.
 */
export interface PageStore {
  get(key: string): Promise<CachedPage | null>;
  /** The page at once, for a store held in this process's memory (absent on shared stores). */
  peek?(key: string): CachedPage | null;
  set(key: string, page: CachedPage): Promise<void>;
  /** Removes every page carrying one of `tags`. */
  purge(tags: string[]): Promise<void>;
  clear(): Promise<void>;
  epoch(): Promise<number>;
  /** Keys of the pages held now (tests, the admin). */
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

/** Bytes a page takes in memory. */
export function pageSize(page: CachedPage): number {
  const splice = page.splice ? page.splice.prefixDeflate.length + page.splice.suffixDeflate.length : 0;
  return page.body.length + page.gzip.length + page.br.length + splice + 256;
}
