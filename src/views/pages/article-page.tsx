import type { ArticlePageView } from '../../presenters/view-models.js';
import { Breadcrumbs } from '../components/breadcrumbs.js';
import { AuthorLinks } from '../components/byline.js';
import { CommentsSection } from '../components/comments-section.js';
import { DateTime } from '../components/date-time.js';
import { NotesList } from '../components/notes-list.js';
import { RelatedList } from '../components/related-list.js';
import { CorrectionsNotice } from '../components/corrections-notice.js';
import { Picture } from '../components/picture.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { translateIn } from '../locale-context.js';
import { ReadingBadges, TableOfContents } from '../components/reading-aids.js';
import { articleScript } from '../styles/assets.js';
import { themedPage } from '../themes/themed.js';

/** An article: trail, title, dates, byline, body, notes, related, comments. */
function DefaultArticlePage(props: { view: ArticlePageView }) {
  const { view } = props;
  const p = view.idPrefix;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head} lang={view.language}>
      <Breadcrumbs crumbs={view.breadcrumbs} />
      <article class="article" aria-labelledby={`${p}title`}>
        <header class="article-header">
          {view.typeLabel ? <p class="article-type">{view.typeLabel}</p> : null}
          <h1 id={`${p}title`}>{view.title}</h1>
          {view.dek ? <p class="dek">{view.dek}</p> : null}
          <p class="article-meta">
            {view.published ? <>{t('article.published')} <DateTime date={view.published} /></> : null}
            {view.updated ? <> · {t('article.updated')} <DateTime date={view.updated} /></> : null}
            {view.comments.count > 0 ? <> · <a href="#comments">{view.comments.countLabel}</a></> : null}
          </p>
          {view.authors.length > 0 ? (
            <p class="byline">
              {(view.bylineAvatars ?? []).map((a) => <Picture picture={a} class="byline-avatar" />)}
              {t('article.by')} <AuthorLinks authors={view.authors} />
            </p>
          ) : null}
          <ReadingBadges aids={view.aids} />
          <CorrectionsNotice corrections={view.corrections} idPrefix={p} />
        </header>
        {view.featured && view.featuredCaption ? (
          <figure class="featured-figure">
            <Picture picture={view.featured} class="featured-image" eager />
            <figcaption>{view.featuredCaption}</figcaption>
          </figure>
        ) : view.featured ? <Picture picture={view.featured} class="featured-image" eager /> : null}
        <TableOfContents aids={view.aids} idPrefix={p} />
        <div class="article-body" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
        <NotesList notes={view.notes} idPrefix={p} summary={view.sourcesLine} downloads={view.referenceDownloads} />
        {view.tags.length > 0 ? (
          <footer class="article-tags">
            <h2 class="visually-hidden">{t('article.tags')}</h2>
            <ul>
              {view.tags.map((tag) => (
                <li><a href={tag.href} rel="tag"><bdi>{tag.label}</bdi></a></li>
              ))}
            </ul>
          </footer>
        ) : null}
      </article>
      {view.related.length > 0 ? (
        <section class="related" aria-labelledby={`${p}related-heading`}>
          <h2 id={`${p}related-heading`}>{t('article.related')}</h2>
          <RelatedList items={view.related} />
        </section>
      ) : null}
      <CommentsSection view={view.comments} />
      {/* Note pop-overs on wide screens; without it the notes list and its links work the same. */}
      <script type="module" src={articleScript.href} />
    </BaseLayout>
  );
}

/** The article page, or the theme's `article-page` template. */
export const ArticlePage = themedPage('article-page', DefaultArticlePage);
