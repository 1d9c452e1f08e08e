import type { CommentListing } from '../../services/comments/ports.js';
import type { LinksReport } from '../../services/sources/links-report.js';
import type { SiteChrome } from '../../services/reader/chrome.js';
import { absoluteUrl } from '../../domain/permalinks.js';
import { mediaUrl } from '../media-presenter.js';

/** Ghost's `/site/` answer: what an app shows to confirm it reached the right site. */
export function presentAdminSite(siteUrl: string, chrome: SiteChrome) {
  return {
    site: {
      title: chrome.settings.title,
      description: chrome.settings.description,
      logo: null,
      icon: null,
      accent_color: null,
      locale: chrome.settings.language,
      url: `${siteUrl.replace(/\/$/, '')}/`,
      version: '5.0',
    },
  };
}

/** An uploaded image as Ghost's `images/upload` answers: its address, and the caller's `ref` back. */
export function presentUploadedImage(siteUrl: string, storedName: string, ref: string | null) {
  return { images: [{ url: absoluteUrl(siteUrl, mediaUrl(storedName)), ref }] };
}

/** A comment for moderation (Dossier's extension): never the commenter's email. */
export function presentAdminComment(comment: CommentListing) {
  return {
    id: String(comment.id),
    post_id: String(comment.articleId),
    post_slug: comment.articleSlug,
    parent_id: comment.parentId === null ? null : String(comment.parentId),
    status: comment.status,
    author_name: comment.authorName,
    author_url: comment.authorUrl,
    html: comment.bodyHtml,
    created_at: comment.createdAt,
  };
}

/** The link health report (Dossier's extension), in the API's snake_case. */
export function presentLinkHealth(report: LinksReport) {
  return {
    links: {
      generated_at: report.generatedAt,
      site: { total: report.site.total, counts: report.site.counts, archive_failed: report.site.archiveFailed, last_checked_at: report.site.lastCheckedAt },
      posts: report.articles.map((a) => ({
        slug: a.slug,
        title: a.title,
        total: a.total,
        counts: a.counts,
        archive_failed: a.archiveFailed,
        problems: a.problems.map((p) => ({
          url: p.url, notes: p.notes, status: p.status, http_status: p.httpStatus, reason: p.reason, last_checked_at: p.lastCheckedAt,
          fragment_lost: p.fragmentLost, archive_url: p.archiveUrl, archive_error: p.archiveError,
        })),
      })),
    },
  };
}
