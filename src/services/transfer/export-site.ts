import { noteCites } from '../../domain/csl.js';
import type { DossierExport } from '../../export/json-format.js';
import type { Clock, Store } from '../ports.js';

/** Everything on the site as one document: settings, structure, articles with references, comments, redirects. */
export async function exportSite(store: Store, clock: Clock): Promise<DossierExport> {
  const { repos } = store;
  const [settings, sections, tags, authors, articles, redirects, comments] = await Promise.all([
    repos.settings.all(),
    repos.sections.all(),
    repos.tags.all(),
    repos.authors.all(),
    repos.articles.listAll(),
    repos.redirects.all(),
    repos.comments.list({ limit: 1_000_000 }),
  ]);
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
      corrections: corrections.map((c) => ({ kind: c.kind, text: c.text, date: c.date })),
      articleType: editorial?.articleType ?? null,
    });
  }
  const { ipHashSalt: _secret, captureSecret: _captureSecret, ...publicSettings } = settings;
  return {
    format: 'dossier-export',
    version: 1,
    exportedAt: clock().toISOString(),
    settings: publicSettings,
    sections: sections.map((s) => ({ slug: s.slug, name: s.name, description: s.description, parent: s.parentId === null ? null : (sectionSlug.get(s.parentId) ?? null), position: s.position })),
    tags: tags.map((t) => ({ slug: t.slug, name: t.name })),
    authors: authors.map((a) => ({ slug: a.slug, name: a.name, bio: a.bio })),
    articles: exported,
    comments: [...comments]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ id: c.id, article: c.articleSlug, parent: c.parentId, status: c.status, authorName: c.authorName, authorEmail: c.authorEmail, authorUrl: c.authorUrl, body: c.body, createdAt: c.createdAt })),
    redirects: redirects.map((r) => ({ from: r.fromPath, to: r.toPath, status: r.statusCode })),
    media: [],
  };
}
