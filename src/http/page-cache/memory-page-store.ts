import { LRUCache } from 'lru-cache';
import { pageSize, type CachedPage, type PageStore } from './page-store.js';

/** Pages in this process's memory, least recently used first out past `maxBytes`. */
export function memoryPageStore(maxBytes: number): PageStore {
  const byTag = new Map<string, Set<string>>();
  let epoch = 0;
  const untag = (key: string, page: CachedPage) => {
    for (const tag of page.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
  };
  const pages = new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: pageSize,
    dispose: (page, key) => untag(key, page),
  });
  return {
    get: async (key) => pages.get(key) ?? null,
    peek: (key) => pages.get(key) ?? null,
    async set(key, page) {
      pages.set(key, page);
      if (!pages.has(key)) return;
      for (const tag of page.tags) {
        let keys = byTag.get(tag);
        if (!keys) byTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
    },
    async purge(tags) {
      epoch++;
      for (const tag of tags) for (const key of [...(byTag.get(tag) ?? [])]) pages.delete(key);
    },
    async clear() {
      epoch++;
      pages.clear();
      byTag.clear();
    },
    epoch: async () => epoch,
    keys: async () => [...pages.keys()],
    close: async () => undefined,
  };
}
