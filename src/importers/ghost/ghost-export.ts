import { invalid } from '../../domain/errors.js';

/** The parts of a Ghost export (Ghost 1–5) that Dossier reads. */
export interface GhostExport {
  version: string;
  posts: GhostPost[];
  tags: Array<{ id: string; slug: string; name: string; description?: string | null }>;
  users: Array<{ id: string; slug: string; name: string; bio?: string | null; email?: string | null; profile_image?: string | null }>;
  postsTags: Array<{ post_id: string; tag_id: string; sort_order?: number }>;
  postsAuthors: Array<{ post_id: string; author_id: string; sort_order?: number }>;
  /** Ghost 4+: SEO, social and feature-image caption fields, one row a post. */
  postsMeta?: GhostPostMeta[];
}

/** SEO and social fields: on the post (Ghost 1–3) or in `posts_meta` (Ghost 4+). */
export interface GhostPostMeta {
  post_id?: string;
  meta_title?: string | null;
  meta_description?: string | null;
  og_image?: string | null;
  og_title?: string | null;
  og_description?: string | null;
  twitter_image?: string | null;
  twitter_title?: string | null;
  twitter_description?: string | null;
  feature_image_alt?: string | null;
  feature_image_caption?: string | null;
}

/** A Ghost post or page row. */
export interface GhostPost extends GhostPostMeta {
  id: string;
  feature_image?: string | null;
  title: string;
  slug: string;
  /** Ghost 2+ has `type`; Ghost 1–2 used `page: 0|1`. */
  type?: string;
  page?: number | boolean;
  status: string;
  visibility?: string;
  html?: string | null;
  mobiledoc?: string | null;
  lexical?: string | null;
  custom_excerpt?: string | null;
  featured?: number | boolean;
  published_at?: string | null;
  updated_at?: string | null;
  created_at?: string | null;
  author_id?: string;
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * Reads a Ghost export (the JSON of Settings → Labs → Export): `{"db": [{"meta", "data"}]}`
 * or a bare `{"meta", "data"}`. Anything else is an error that says what was expected.
 */
export function readGhostExport(file: string, json: string): GhostExport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw invalid(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, 'file');
  }
  const root = parsed as { db?: unknown[]; meta?: unknown; data?: unknown };
  const db = (Array.isArray(root?.db) ? root.db[0] : root) as { meta?: { version?: string }; data?: Record<string, unknown> } | undefined;
  if (!db?.data || typeof db.data !== 'object' || !Array.isArray(db.data['posts'])) {
    throw invalid(`${file}: this is not a Ghost export: expected {"db": [{"meta": …, "data": {"posts": [...]}}]}.`, 'file');
  }
  const data = db.data;
  const version = String(db.meta?.version ?? 'unknown');
  if (!/^[1-5]\./.test(version)) throw invalid(`${file}: Ghost export version ${version} is not supported; Dossier reads Ghost 1 to 5 exports.`, 'file');
  return {
    version,
    posts: list<GhostPost>(data['posts']),
    tags: list(data['tags']),
    users: list(data['users']),
    postsTags: list(data['posts_tags']),
    postsAuthors: list(data['posts_authors']),
    postsMeta: list(data['posts_meta']),
  };
}
