import { ARTICLE_TYPES } from '../../domain/article-type.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { isDomainError, m, plural } from '../../domain/errors.js';
import { messageText } from '../i18n/message-text.js';
import { articlePath } from '../../domain/permalinks.js';
import { altTextWarning } from '../../domain/media.js';
import { SHARE_CARD_FIELDS } from '../../domain/editorial.js';
import { sectionAncestry } from '../../domain/section.js';
import type { EditorData } from '../../services/articles/open-editor.js';
import type { Preview } from '../../services/articles/preview.js';
import { presentNote } from '../article-presenter.js';
import { presentDate } from '../dates.js';
import { toDateTimeLocal } from './admin-dates.js';
import { languageNameIn } from '../i18n/language-name.js';
import { formWithError, presentForm } from './admin-chrome.js';
import { t } from '../i18n/translate.js';
import type { AdminChromeView, DiagnosticView, EditorView, FormView, PreviewView } from './admin-view-models.js';

/** What the editor shows besides the stored article: typed values, errors, warnings, a conflict. */
export interface EditorState {
  form?: FormView;
  conflict?: string | null;
  warnings?: string[];
  correctionForm?: FormView;
}

/** Lint findings as the editor lists them, in the admin's language. */
export function presentDiagnostics(diagnostics: readonly Diagnostic[], locale: string): DiagnosticView[] {
  return diagnostics.map((d) => ({ line: d.line, column: d.column, severity: d.severity, message: messageText(locale, d.text), rule: d.rule }));
}

/**
 * The editor form after a refused save: the error beside its field, and when citation
 * lint refused publication, each finding with its line and column above the text.
 */
export function presentRefusedSave(values: Record<string, string | string[]>, error: unknown, locale: string): FormView {
  const form = formWithError(values, error, locale);
  const findings = isDomainError(error) ? (error.details as Diagnostic[]).filter((d) => typeof d?.line === 'number') : [];
  if (findings.length > 0) {
    form.summary = findings.map((d) => messageText(locale, m`Line ${d.line}, column ${d.column}: ${messageText(locale, d.text)}`));
    const count = findings.length;
    form.errors['body'] = messageText(locale, plural(count, {
      one: m`Cannot publish with ${count} citation error; they are listed above and beside the text. Save it as a draft, or fix the notes first.`,
      other: m`Cannot publish with ${count} citation errors; they are listed above and beside the text. Save it as a draft, or fix the notes first.`,
    }));
  }
  return form;
}

/** The preview fragment, with notes in the site's style where rendered. */
export function presentPreview(preview: Preview): PreviewView {
  return { bodyHtml: preview.bodyHtml, idPrefix: preview.idPrefix, notes: preview.notes.map((n) => presentNote(n, preview.idPrefix, preview.style)) };
}

function storedValues(data: EditorData, zone: string): Record<string, string | string[]> {
  const { article, editorial } = data;
  if (!article) return { authors: data.authors.map((a) => a.slug), tags: [], language: data.languages[0] ?? 'en' };
  const section = data.choices.sections.find((s) => s.id === article.sectionId);
  return {
    title: article.title,
    slug: article.slug,
    dek: article.dek ?? '',
    body: article.bodyMarkdown,
    section: section?.slug ?? '',
    authors: data.authors.map((a) => a.slug),
    tags: data.tags.map((t) => t.slug),
    featuredMediaId: editorial?.featuredMediaId ? String(editorial.featuredMediaId) : '',
    featuredAlt: editorial?.featuredAlt ?? '',
    seoTitle: editorial?.seoTitle ?? '',
    seoDescription: editorial?.seoDescription ?? '',
    featuredCaption: editorial?.featuredCaption ?? '',
    ...Object.fromEntries(SHARE_CARD_FIELDS.map((f) => [f, editorial?.shareCard?.[f] ?? ''])),
    articleType: editorial?.articleType ?? '',
    publishedAt: toDateTimeLocal(article.publishedAt, zone),
    language: article.language,
  };
}

function buttons(data: EditorData, locale: string): EditorView['buttons'] {
  const label = (key: string) => t(locale, `admin.editor.buttons.${key}`);
  const status = data.article?.status ?? null;
  const { may } = data;
  const list: EditorView['buttons'] = [];
  if (status === null || status === 'draft') {
    list.push({ action: 'save', label: label('saveDraft'), primary: !may.publish });
    if (may.publish) list.push({ action: 'publish', label: label('publish'), primary: true }, { action: 'schedule', label: label('schedule'), primary: false });
  } else {
    list.push({ action: 'save', label: label('update'), primary: true });
    if (status === 'scheduled' && may.publish) list.push({ action: 'publish', label: label('publishNow'), primary: false });
    if (may.unpublish) list.push({ action: 'unpublish', label: label(status === 'scheduled' ? 'unschedule' : 'unpublish'), primary: false });
  }
  return list;
}

/** Warnings that hold until fixed: a live article with images that have no alt text. */
function standingWarnings(data: EditorData): string[] {
  if (!data.article || data.article.status === 'draft') return [];
  const warning = altTextWarning(data.article.bodyMarkdown, Boolean(data.featured && !(data.editorial?.featuredAlt || data.featured.alt)));
  return warning ? [warning] : [];
}

/** The editor screen. */
export function presentEditor(chrome: AdminChromeView, data: EditorData, state: EditorState = {}): EditorView {
  const { article } = data;
  const sections = data.choices.sections;
  const { locale } = chrome;
  const tr = (key: string, values?: Record<string, string>) => t(locale, `admin.editor.${key}`, values);
  const links = article
    ? [
      ...(article.status === 'published' ? [{ href: articlePath(article), label: tr('links.viewOnSite') }] : []),
      { href: `/admin/articles/${article.id}/preview`, label: tr('links.preview') },
      { href: `/admin/articles/${article.id}/revisions`, label: tr('links.revisions') },
    ]
    : [];
  return {
    chrome,
    heading: article ? tr('editHeading', { title: article.title }) : tr('newTitle'),
    action: article ? `/admin/articles/${article.id}` : '/admin/articles',
    id: article?.id ?? null,
    version: data.editorial?.version ?? null,
    status: article ? t(locale, `admin.status.${article.status}`) : tr('statusNew'),
    form: state.form ?? presentForm(storedValues(data, chrome.timeZone)),
    conflict: state.conflict ?? null,
    buttons: buttons(data, locale),
    sections: sections.map((s) => ({ value: s.slug, label: sectionAncestry(sections, s).map((x) => x.name).join(' › ') })),
    authors: data.choices.authors.map((a) => ({ value: a.slug, label: a.name })),
    tags: data.choices.tags.map((tag) => ({ value: tag.slug, label: tag.name })),
    media: data.choices.media.map((m) => ({ value: String(m.id), label: `${m.filename}${m.alt ? ` — ${m.alt}` : ''}` })),
    articleTypes: ARTICLE_TYPES.map((type) => ({ value: type, label: t(locale, `articleTypes.${type}`) })),
    diagnostics: presentDiagnostics(data.diagnostics, locale),
    warnings: state.warnings ?? standingWarnings(data),
    preview: presentPreview(data.preview),
    links,
    corrections: data.corrections.map((c) => ({ label: tr(c.kind === 'correction' ? 'corrections.correction' : 'corrections.update'), date: presentDate(c.date, locale)!, text: c.text })),
    correctionForm: article && data.may.correct && article.status === 'published' ? (state.correctionForm ?? presentForm({ kind: 'correction' })) : null,
    correctionAction: article ? `/admin/articles/${article.id}/corrections` : '',
    // An article in a language the site no longer lists keeps it as a choice.
    languages: [...new Set([...data.languages, ...(article ? [article.language] : [])])].map((l) => ({ value: l, label: `${languageNameIn(locale, l)} (${l})` })),
    translations: article ? {
      items: data.translations.map((other) => ({ language: languageNameIn(locale, other.language), title: other.title, href: `/admin/articles/${other.id}`, status: t(locale, `admin.status.${other.status}`) })),
      linkAction: `/admin/articles/${article.id}/translations`,
      unlinkAction: `/admin/articles/${article.id}/translations/unlink`,
    } : null,
  };
}
