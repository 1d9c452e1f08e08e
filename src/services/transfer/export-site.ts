import { noteCites } from '../../domain/csl.js';
import type { DossierExport } from '../../export/json-format.js';
import type { Clock, Store } from '../ports.js';
import { exportRecords } from './export-records.js';
import type { TermTranslation, TranslatedKind } from '../../domain/term-translations.js';

type NameFields = { name?: string; slug?: string; description?: string };

/** A section's or tag's translations as the export writes them (`{ translations: { fr: { name, slug } } }`), or nothing without any. */
function exportedNames(all: readonly TermTranslation[], kind: TranslatedKind, id: number): { translations?: Record<string, NameFields> } {
  const own = all.filter((t) => t.kind === kind && t.itemId === id);
  if (own.length === 0) return {};
  const fields = (t: TermTranslation): NameFields => ({ ...(t.name !== null ? { name: t.name } : {}), ...(t.slug !== null ? { slug: t.slug } : {}), ...(t.description !== null ? { description: t.description } : {}) });
  return { translations: Object.fromEntries(own.map((t) => [t.language, fields(t)])) };
}

/** An author's translated bios as the export writes them. */
function exportedBios(all: readonly TermTranslation[], id: number): { translations?: Record<string, { bio: string }> } {
  const own = all.filter((t) => t.kind === 'author' && t.itemId === id && t.bio !== null);
  return own.length === 0 ? {} : { translations: Object.fromEntries(own.map((t) => [t.language, { bio: t.bio! }])) };
}

function commentExtras(row: Record<string, unknown> | undefined, withSecrets: boolean): { updatedAt?: string; ipHash?: string; authorTokenHash?: string | null } {
  if (!row) return {};
  return { updatedAt: String(row['updated_at']), ...(withSecrets ? { ipHash: String(row['ip_hash']), authorTokenHash: (row['author_token_hash'] as string | null) ?? null } : {}) };
}

/**
 * Everything on the site as one document: settings, structure, articles with references and
 * corrections, comments, redirects, media, and as table rows the rest (users, revisions, link
 * health and archive copies, featured images, SEO fields…). Secrets (password hashes, the IP
 * hash salt and hashes, Content API keys) only `withSecrets`.
 */
export async function exportSite(store: Store, clock: Clock, options: { withSecrets?: boolean } = {}): Promise<DossierExport> {
  const { repos } = store;
  const withSecrets = options.withSecrets ?? false;
  const { records, fields } = await exportRecords(repos, withSecrets);
  // The columns the comment listing leaves out.
  const commentRows = new Map((await repos.siteRecords.rows('comments', ['id'])).map((row) => [Number(row['id']), row]));
  const emails = new Map((await repos.users.list()).map((u) => [u.id, u.email]));
  const [settings, sections, tags, authors, articles, redirects, comments, translations] = await Promise.all([
    repos.settings.all(),
    repos.sections.all(),
    repos.tags.all(),
    repos.authors.all(),
    repos.articles.listAll(),
    repos.redirects.all(),
    repos.comments.list({ limit: 1_000_000 }),
    repos.termTranslations.all(),
  ]);
  const translated = (kind: TranslatedKind, id: number) => exportedNames(translations, kind, id);
  const ids = articles.map((a) => a.id);
  const [articleAuthors, articleTags] = await Promise.all([repos.articles.authorsOf(ids), repos.articles.tagsOf(ids)]);
  const sectionSlug = new Map(sections.map((s) => [s.id, s.slug]));
  const exported = [];
  for (const article of articles) {
    const [notes, corrections, editorial] = await Promise.all([repos.articles.notesOf(article.id), repos.corrections.listFor(article.id), repos.editorial.find(article.id)]);
    exported.push({
      kind: article.kind,
      status: article.status,
      title: article.title,
      slug: article.slug,
      dek: article.dek,
      excerpt: article.excerpt,
      section: article.sectionId === null ? null : (sectionSlug.get(article.sectionId) ?? null),
      tags: (articleTags.get(article.id) ?? []).map((t) => t.slug),
      authors: (articleAuthors.get(article.id) ?? []).map((a) => a.slug),
      body: article.bodyMarkdown,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      createdAt: article.createdAt,
      language: article.language,
      sticky: article.sticky,
      commentsOpen: await repos.comments.isOpen(article.id),
      references: notes.map((n) => ({ number: n.number, label: n.label, raw: n.rawText, csl: n.csl, ibidOf: n.ibidOf, url: n.url, accessed: n.accessed, cites: noteCites(n) })),
      corrections: corrections.map((c) => ({ kind: c.kind, text: c.text, date: c.date, createdAt: c.createdAt, user: c.userId === null ? null : (emails.get(c.userId) ?? null) })),
      articleType: editorial?.articleType ?? null,
    });
  }
  const { ipHashSalt, captureSecret, ...publicSettings } = settings;
  return {
    format: 'dossier-export',
    version: 1,
    exportedAt: clock().toISOString(),
    settings: withSecrets ? { ...publicSettings, ipHashSalt, captureSecret } : publicSettings,
    sections: sections.map((s) => ({ slug: s.slug, name: s.name, description: s.description, parent: s.parentId === null ? null : (sectionSlug.get(s.parentId) ?? null), position: s.position, ...translated('section', s.id) })),
    tags: tags.map((t) => ({ slug: t.slug, name: t.name, ...translated('tag', t.id) })),
    authors: authors.map((a) => ({ slug: a.slug, name: a.name, bio: a.bio, ...(a.fediverse ? { fediverse: a.fediverse } : {}), ...exportedBios(translations, a.id) })),
    articles: exported,
    comments: [...comments]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ id: c.id, article: c.articleSlug, parent: c.parentId, status: c.status, authorName: c.authorName, authorEmail: c.authorEmail, authorUrl: c.authorUrl, body: c.body, createdAt: c.createdAt, ...commentExtras(commentRows.get(c.id), withSecrets) })),
    redirects: redirects.map((r) => ({ from: r.fromPath, to: r.toPath, status: r.statusCode })),
    media: records['media'] ?? [],
    records: Object.fromEntries(Object.entries(records).filter(([table]) => table !== 'media')),
    fields,
  };
}
