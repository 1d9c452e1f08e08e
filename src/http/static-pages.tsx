// Pages of a static copy rendered straight from the services, without a request: the same
// services, presenters and views the routes call (articles.tsx, comments.tsx, references.ts, lists.tsx),
// so the bytes are the live site's in static-copy mode, at a third of the cost of
// answering a request through the framework (routing, hooks, headers, a reply to parse).
import { absoluteUrl } from '../domain/permalinks.js';
import { referenceFormatOf } from '../domain/reference-formats.js';
import { articleCardPath } from '../domain/share-card.js';
import type { StaticPage } from '../domain/static-page.js';
import type { renderCommentFeed as RenderCommentFeed } from '../feeds/comment-feed.js';
import { presentArticle } from '../presenters/article-presenter.js';
import { presentCommentFeed } from '../presenters/comment-feed-presenter.js';
import { presentAuthor, presentHome, presentSection, presentTag } from '../presenters/list-presenter.js';
import type { ArticlePage as ArticlePageData } from '../services/reader/article-page.js';
import type { Services } from '../services/services.js';
import { ArticlePage } from '../views/pages/article-page.js';
import { ListPage } from '../views/pages/list-page.js';
import { renderDocument as renderPage } from '../views/render-page.js';
import type { ThemeLookup } from '../views/themes/themed.js';
import type { VNode } from 'preact';
import { HTML_TYPE } from './html.js';
import { RSS_TYPE } from './routes/public/comments.js';

/** A rendered page: its content type (as the route sends it) and body. */
export interface StaticPageAnswer {
  contentType: string;
  body: string;
  /** The generated share card the page names as its og:image (an article without featured image), drawn when asked. */
  card?: { path: string; png(): Promise<Buffer> };
}

/** Renders the pages a static copy names (see StaticPage) as the site's routes would answer them in static-copy mode. */
export function staticPageRenderer(services: Pick<Services, 'reader' | 'comments' | 'media'>, siteUrl: string, themes?: ThemeLookup) {
  const renderDocument = (page: VNode) => renderPage(page, themes);
  const { reader, comments, media } = services;
  // Loaded once, on the first comment feed (as the route loads it on its first request).
  let commentFeed: Promise<{ renderCommentFeed: typeof RenderCommentFeed }> | null = null;
  const list = async (page: Extract<StaticPage, { kind: 'list' }>): Promise<string> => {
    switch (page.scope) {
      case 'home':
        return renderDocument(<ListPage view={presentHome(siteUrl, await reader.home(page.page, page.language ?? null))} />);
      case 'section':
        return renderDocument(<ListPage view={presentSection(siteUrl, await reader.section(page.key, page.page, page.language ?? null))} />);
      case 'tag':
        return renderDocument(<ListPage view={presentTag(siteUrl, await reader.tag(page.key, page.page, page.language ?? null))} />);
      case 'author':
        return renderDocument(<ListPage view={presentAuthor(siteUrl, await reader.author(page.key, page.page, page.language ?? null))} />);
    }
  };
  // The article last rendered: its comment feed and reference files come next in a static copy's
  // order (see staticPaths), and the reference files are made from its notes without a look-up.
  let lastArticle: { slug: string; data: ArticlePageData } | null = null;
  return async (page: StaticPage): Promise<StaticPageAnswer> => {
    switch (page.kind) {
      case 'article': {
        // As a reader without cookies sees it: no remembered name, no notice.
        const data = await reader.article(page.slug, { staticCopy: true });
        lastArticle = { slug: page.slug, data };
        const view = presentArticle(siteUrl, data, { values: {}, notice: null }, false);
        const body = renderDocument(<ArticlePage view={view} />);
        // Without a featured image the page names its generated card, which the copy must hold too.
        const path = articleCardPath(page.slug);
        if (!view.head.social.image?.startsWith(absoluteUrl(siteUrl, `${path}?`))) return { contentType: HTML_TYPE, body };
        const card = media.cardOf({ title: data.article.title, siteName: data.chrome.settings.title, updatedAt: data.article.updatedAt });
        return { contentType: HTML_TYPE, body, card: { path, png: () => card.png() } };
      }
      case 'article-comments': {
        const { renderCommentFeed } = await (commentFeed ??= import('../feeds/comment-feed.js'));
        const loaded = lastArticle?.slug === page.slug ? lastArticle.data.article : null;
        const feed = loaded ? await comments.articleFeedOf(loaded) : await comments.articleFeed(page.slug);
        return { contentType: RSS_TYPE, body: renderCommentFeed(presentCommentFeed(siteUrl, feed)) };
      }
      case 'article-references': {
        const format = referenceFormatOf(page.extension)!;
        const loaded = lastArticle?.slug === page.slug ? lastArticle.data : null;
        const file = loaded ? await reader.referencesOfPage(loaded, format) : await reader.references(page.slug, format);
        return { contentType: format.contentType, body: file.body };
      }
      case 'list':
        return { contentType: HTML_TYPE, body: await list(page) };
    }
  };
}
