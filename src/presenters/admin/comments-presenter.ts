import type { CommentStatus } from '../../domain/comment.js';
import type { CommentListing } from '../../services/comments/ports.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView } from './admin-view-models.js';
import type { DateView } from '../view-models.js';
import { linkableWebsite } from '../../domain/comment-input.js';
import { t } from '../i18n/translate.js';

/** One comment in the moderation list. */
export interface ModerationRow {
  id: number;
  author: string;
  email: string;
  /** The commenter's website when it may be a link (http or https). */
  website: string | null;
  /** A website that may not be a link (`javascript:`…), shown as text; null when none. */
  websiteText: string | null;
  excerpt: string;
  /** The comment on the public site (approved ones only). */
  viewHref: string | null;
  articleSlug: string;
  date: DateView | null;
  status: CommentStatus;
  /** The actions offered for this comment (the ones that change its status). */
  actions: Array<{ status: CommentStatus; label: string; ariaLabel: string }>;
}

/** The moderation screen. */
export interface ModerationView {
  chrome: AdminChromeView;
  current: CommentStatus;
  tabs: Array<{ status: CommentStatus; label: string; count: number; href: string; current: boolean }>;
  rows: ModerationRow[];
}

const TABS: readonly CommentStatus[] = ['pending', 'approved', 'spam', 'trash'];
const ACTIONS: readonly CommentStatus[] = ['approved', 'pending', 'spam', 'trash'];

/** Comments of one status, newest first, with counts per status for the tabs. */
export function presentModeration(chrome: AdminChromeView, current: CommentStatus, comments: CommentListing[], counts: Record<CommentStatus, number>): ModerationView {
  const { locale } = chrome;
  return {
    chrome,
    current,
    tabs: TABS.map((status) => ({ status, label: t(locale, `admin.comments.tabs.${status}`), count: counts[status], href: `/admin/comments?status=${status}`, current: status === current })),
    rows: comments.map((c) => ({
      id: c.id,
      author: c.authorName,
      email: c.authorEmail,
      website: linkableWebsite(c.authorUrl),
      websiteText: c.authorUrl && !linkableWebsite(c.authorUrl) ? c.authorUrl : null,
      excerpt: c.body.length > 300 ? `${c.body.slice(0, 299)}…` : c.body,
      viewHref: c.status === 'approved' ? `/comments/${c.id}` : null,
      articleSlug: c.articleSlug,
      date: presentDateTime(c.createdAt, chrome.timeZone, locale),
      status: c.status,
      actions: ACTIONS.filter((s) => s !== c.status).map((s) => ({
        status: s, label: t(locale, `admin.comments.actions.${s}`), ariaLabel: t(locale, `admin.comments.actionLabel.${s}`, { author: c.authorName }),
      })),
    })),
  };
}
