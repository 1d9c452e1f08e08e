import type { DossierExport } from '../../export/json-format.js';
import { renderWxr, type WxrPost } from '../../export/wxr.js';
import { absoluteUrl, articlePath } from '../../domain/permalinks.js';

const STATUS = { published: 'publish', draft: 'draft', scheduled: 'future' } as const;
const APPROVED = { approved: '1', pending: '0', spam: 'spam', trash: 'trash' } as const;

/**
 * The site as WordPress eXtended RSS 1.2, from a Dossier export: bodies as HTML, notes as
 * WordPress's own footnotes (markers plus the `footnotes` post meta), comments threaded.
 */
export async function exportWordPress(data: DossierExport, siteUrl: string): Promise<string> {
  const { renderMarkdown } = await import('../../content/markdown.js');
  const settings = data.settings as { title?: string; description?: string; language?: string };
  const commentIds = new Map(data.comments.map((c, i) => [c.id, i + 1]));
  const posts: WxrPost[] = data.articles.map((article, index) => {
    const prefix = `${article.slug}-`;
    const rendered = renderMarkdown(article.body, { idPrefix: prefix });
    const fn = (n: number | string) => `fn-${article.slug}-${n}`;
    const html = rendered.html.replace(
      /<sup class="note-ref"><a href="#[^"]*note-(\d+)"[^>]*>\[\d+\]<\/a><\/sup>/g,
      (_all, n: string) => `<sup data-fn="${fn(n)}" class="fn"><a href="#${fn(n)}" id="${fn(n)}-link">${n}</a></sup>`,
    );
    const date = article.publishedAt ?? article.createdAt;
    return {
      id: index + 1,
      type: article.kind === 'page' ? 'page' : 'post',
      title: article.title,
      slug: article.slug,
      link: absoluteUrl(siteUrl, articlePath({ kind: article.kind, slug: article.slug, publishedAt: article.publishedAt, createdAt: article.createdAt })),
      status: STATUS[article.status],
      date,
      modified: article.updatedAt,
      creator: article.authors[0] ?? '',
      excerpt: article.dek ?? '',
      html: rendered.notes.length > 0 ? `${html}\n<!-- wp:footnotes /-->` : html,
      footnotes: rendered.notes.map((note) => ({ id: fn(note.number), content: note.html })),
      sticky: article.sticky,
      commentsOpen: article.commentsOpen,
      section: article.section,
      tags: article.tags,
      comments: data.comments
        .filter((c) => c.article === article.slug)
        .map((c) => ({
          id: commentIds.get(c.id)!,
          parent: c.parent === null ? 0 : (commentIds.get(c.parent) ?? 0),
          author: c.authorName,
          email: c.authorEmail,
          url: c.authorUrl ?? '',
          date: c.createdAt,
          content: c.body,
          approved: APPROVED[c.status],
        })),
    };
  });
  return renderWxr({
    title: settings.title ?? 'Dossier',
    description: settings.description ?? '',
    url: siteUrl,
    language: settings.language ?? 'en',
    authors: data.authors.map((a, i) => ({ id: i + 1, login: a.slug, name: a.name })),
    categories: data.sections.map((s, i) => ({ id: i + 1, slug: s.slug, name: s.name, parent: s.parent ?? '', description: s.description })),
    tags: data.tags.map((t, i) => ({ id: i + 1, slug: t.slug, name: t.name })),
    posts,
  });
}
