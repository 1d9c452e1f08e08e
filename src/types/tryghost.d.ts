// Ghost's packages ship no type declarations; these cover what Dossier and its tests use.
declare module '@tryghost/nql-lang' {
  /** Parses an NQL filter into a Mongo-style query object; throws on bad syntax. */
  export function parse(filter: string): unknown;
  const nql: { parse: typeof parse };
  export default nql;
}

declare module '@tryghost/content-api' {
  type Params = Record<string, unknown>;
  type Item = Record<string, unknown> & { id: string; slug: string };
  type Browse = Promise<Item[] & { meta: { pagination: { page: number; limit: number | 'all'; pages: number; total: number; next: number | null; prev: number | null } } }>;
  interface Resource {
    browse(params?: Params): Browse;
    read(data: { id?: string; slug?: string }, params?: Params): Promise<Item>;
  }
  interface Api {
    posts: Resource;
    pages: Resource;
    tags: Resource;
    authors: Resource;
    tiers: Resource;
    settings: { browse(params?: Params): Promise<Record<string, unknown>> };
  }
  /** Ghost's official Content API client. */
  export default function GhostContentAPI(options: { url: string; key: string; version: string; makeRequest?: unknown }): Api;
}
