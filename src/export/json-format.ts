import { isValidSlug } from '../domain/slug.js';
import { z } from 'zod';
import type { CslItem } from '../domain/csl.js';
import { RECORD_FIELDS, RECORD_TABLES, type RecordFields, type RecordTable } from './site-records.js';
import { ARTICLE_TYPES, type ArticleType } from '../domain/article-type.js';
import { isRedirectStatus, REDIRECT_STATUSES, type Redirect } from '../domain/people.js';

const cslJson = z.custom<CslItem>((v) => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string', 'must be CSL-JSON with a "type"');

/** A reference as exported: the note as written and its CSL-JSON. */
export const exportedReference = z.object({
  number: z.number().int().positive(),
  label: z.string(),
  raw: z.string(),
  csl: cslJson,
  /** Each source with its locator, label, prefix and suffix (CSL citation items); absent in exports made before cites were kept. */
  cites: z.array(z.object({ itemData: cslJson, locator: z.string().optional(), label: z.string().optional(), prefix: z.string().optional(), suffix: z.string().optional() })).optional(),
  ibidOf: z.number().int().positive().nullable(),
  url: z.string().nullable(),
  accessed: z.string().nullable(),
});

/** A public correction or update as exported: what it says and the (ISO) date it carries. */
export const exportedCorrection = z.object({
  kind: z.enum(['correction', 'update']),
  /** When it was written, and by whom (an account's email); absent in older exports. */
  createdAt: z.string().optional(),
  user: z.string().nullable().optional(),
  text: z.string().trim().min(1, 'must not be empty').max(2000, 'must be under 2,000 characters'),
  date: z.string().refine((d) => !Number.isNaN(Date.parse(d)), 'must be a date such as 2026-05-03T00:00:00.000Z').transform((d) => new Date(d).toISOString()),
});

export const exportedArticle = z.object({
  kind: z.enum(['article', 'page']),
  status: z.enum(['draft', 'scheduled', 'published']),
  title: z.string().min(1),
  slug: z.string().min(1),
  dek: z.string().nullable(),
  excerpt: z.string(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  authors: z.array(z.string()),
  body: z.string(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  createdAt: z.string(),
  language: z.string(),
  sticky: z.boolean(),
  commentsOpen: z.boolean(),
  references: z.array(exportedReference),
  /** Oldest first; absent in exports made before corrections were exported. */
  corrections: z.array(exportedCorrection).optional(),
  /** news, opinion, analysis, explainer, fact-check, or null; absent in exports made before article types. */
  articleType: z.enum(ARTICLE_TYPES as [ArticleType, ...ArticleType[]]).nullable().optional(),
});

export const exportedComment = z.object({
  id: z.number().int(),
  article: z.string(),
  parent: z.number().int().nullable(),
  status: z.enum(['pending', 'approved', 'spam', 'trash']),
  authorName: z.string(),
  authorEmail: z.string(),
  authorUrl: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  /** Absent in older exports. */
  updatedAt: z.string().optional(),
  /** Only with `--with-secrets`: the salted hash of the sender's address, and of the token that lets them edit it. */
  ipHash: z.string().optional(),
  authorTokenHash: z.string().nullable().optional(),
});

/**
 * A redirect as exported. Each entry is checked whole, and a wrong one is named by its
 * `from` path: a site answering with status 999 would fail on every visit to that path.
 */
export const exportedRedirect = z
  .object({ from: z.string(), to: z.string(), status: z.number() })
  .superRefine((redirect, context) => {
    const which = `the redirect from "${redirect.from}"`;
    if (!/^\/\S*$/.test(redirect.from)) context.addIssue({ code: 'custom', path: ['from'], message: `${which}: "from" must be a local path such as /old-page` });
    if (!/^(?:\/\S*|https?:\/\/\S+)$/.test(redirect.to)) context.addIssue({ code: 'custom', path: ['to'], message: `${which}: "to" must be a path or an http(s) URL, not "${redirect.to}"` });
    if (!isRedirectStatus(redirect.status)) context.addIssue({ code: 'custom', path: ['status'], message: `${which}: "status" must be one of ${REDIRECT_STATUSES.join(', ')}, not ${redirect.status}` });
  })
  .transform((redirect) => ({ ...redirect, status: redirect.status as Redirect['statusCode'] }));

const languageTag = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language code such as fr or pt-BR');
const translatedSlug = z.string().refine(isValidSlug, 'a slug: lowercase letters, digits and single hyphens');
/** A section's or tag's name, slug and description in other languages, by language code (migration 018). */
const termTranslations = z.record(languageTag, z.object({ name: z.string().min(1).max(200).optional(), slug: translatedSlug.optional(), description: z.string().optional() }).strict()).optional();
/** An author's bio in other languages, by language code. */
const bioTranslations = z.record(languageTag, z.object({ bio: z.string().min(1) }).strict()).optional();

/** The whole-site export `dossier export json` writes and `dossier import json` reads (docs/export-format.md). */
export const dossierExport = z.object({
  format: z.literal('dossier-export'),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: z.record(z.string(), z.unknown()),
  sections: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string(), parent: z.string().nullable(), position: z.number().int(), translations: termTranslations })),
  tags: z.array(z.object({ slug: z.string(), name: z.string(), translations: termTranslations })),
  authors: z.array(z.object({ slug: z.string(), name: z.string(), bio: z.string(), fediverse: z.string().optional(), translations: bioTranslations })),
  articles: z.array(exportedArticle),
  comments: z.array(exportedComment),
  redirects: z.array(exportedRedirect),
  media: z.array(z.record(z.string(), z.unknown())),
  /** Whole tables as rows (docs/export-format.md, "Records"); absent in older exports. */
  records: z.partialRecord(z.enum(RECORD_TABLES.map((t) => t.table) as [RecordTable['table'], ...Array<RecordTable['table']>]), z.array(z.record(z.string(), z.unknown()))).optional(),
  /** More columns of rows listed above, by their key (docs/export-format.md, "Fields"); absent in older exports. */
  fields: z.partialRecord(z.enum(RECORD_FIELDS.map((t) => t.table) as [RecordFields['table'], ...Array<RecordFields['table']>]), z.array(z.record(z.string(), z.unknown()))).optional(),
});

/** The export document. */
export type DossierExport = z.infer<typeof dossierExport>;
export type ExportedArticle = z.infer<typeof exportedArticle>;
