// Ghost's Admin API client ships no type declarations; this covers what Dossier's tests use.
declare module '@tryghost/admin-api' {
  type Params = Record<string, unknown>;
  /** A resource as answered; the common fields are named (absent ones read as undefined). */
  type Item = Record<string, unknown> & { id: string; slug: string; name: string; title: string; bio: string; status: string; updated_at: string; url: string };
  type Browse = Promise<Item[] & { meta: { pagination: { page: number; limit: number | 'all'; pages: number; total: number; next: number | null; prev: number | null } } }>;
  interface Resource {
    browse(params?: Params): Browse;
    read(data: { id?: string; slug?: string; email?: string }, params?: Params): Promise<Item>;
    add(data: Record<string, unknown>, params?: Params): Promise<Item>;
    edit(data: Record<string, unknown> & { id: string }, params?: Params): Promise<Item>;
    delete(data: { id?: string; email?: string }, params?: Params): Promise<unknown>;
  }
  interface Upload {
    upload(data: { file: string; ref?: string; purpose?: string }): Promise<Record<string, unknown>>;
  }
  interface Api {
    posts: Resource;
    pages: Resource;
    tags: Resource;
    users: Resource;
    members: Resource;
    newsletters: Resource;
    images: Upload;
    media: Upload;
    files: Upload;
    site: { read(): Promise<Record<string, unknown>> };
    config: { read(): Promise<Record<string, unknown>> };
  }
  /** Ghost's official Admin API client. */
  export default function GhostAdminAPI(options: { url: string; key: string; version: string | boolean; makeRequest?: unknown; generateToken?: unknown }): Api;
}
