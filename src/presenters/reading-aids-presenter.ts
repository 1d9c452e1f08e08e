import type { Correction } from '../domain/editorial.js';
import { t } from './i18n/translate.js';
import { outlineBody, readingMinutes, TOC_MIN_HEADINGS } from './reading-aids.js';
import type { ReadingAidsView } from './view-models.js';

/** The id of an article's corrections notice (the badges link to it). */
export function correctionsNoticeId(idPrefix: string): string {
  return `${idPrefix}corrections`;
}

/**
 * Reading time, table of contents and badges of an article, and its body with ids on the
 * headings the table of contents links to.
 */
export function presentReadingAids(
  bodyHtml: string,
  idPrefix: string,
  locale: string,
  updatedAfterPublication: boolean,
  corrections: readonly Pick<Correction, 'kind'>[],
): { bodyHtml: string; view: ReadingAidsView } {
  // "slug--heading": the page's other ids are "slug-" then a letter (slug-title,
  // slug-note-1, slug-corrections), so a heading called "Notes" or "Title" cannot take theirs.
  const { html, outline } = outlineBody(bodyHtml, `${idPrefix}-`);
  const notice = `#${correctionsNoticeId(idPrefix)}`;
  const hasUpdates = corrections.some((c) => c.kind === 'update');
  const hasCorrections = corrections.some((c) => c.kind === 'correction');
  return {
    bodyHtml: html,
    view: {
      readingTime: t(locale, 'article.readingTime', { count: readingMinutes(bodyHtml) }),
      toc: outline.length >= TOC_MIN_HEADINGS ? outline : [],
      updated: updatedAfterPublication || hasUpdates ? { label: t(locale, 'article.updatedBadge'), href: hasUpdates ? notice : null } : null,
      correction: hasCorrections ? { label: t(locale, 'article.correctionBadge'), href: notice } : null,
    },
  };
}
