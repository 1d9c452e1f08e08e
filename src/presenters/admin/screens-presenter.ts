import { CITATION_STYLES } from '../../citations/styles/style-registry.js';
import type { Media } from '../../domain/media.js';
import type { Author, Redirect, Tag } from '../../domain/people.js';
import { childSections, sectionAncestry, type Section } from '../../domain/section.js';
import { PERMALINK_PATTERNS, type SiteSettings } from '../../domain/settings.js';
import { ROLES, type User } from '../../domain/user.js';
import { t } from '../i18n/translate.js';
import { mediaUrl } from '../media-presenter.js';
import { presentForm } from './admin-chrome.js';
import { adminLanguageOptions, adminLanguageValue } from './account-presenter.js';
import { languageName } from '../../domain/languages.js';
import { translationField, type TermTranslation, type TranslatedKind } from '../../domain/term-translations.js';
import type { AdminChromeView, FormView, TranslationFormView, MediaLibraryView, SettingsView, StructureView, UsersView } from './admin-view-models.js';

const TABS = ['sections', 'tags', 'authors', 'redirects'] as const;

/** Sections in tree order (each followed by its subsections), with their depth. */
function treeOrder(sections: readonly Section[]): Array<{ section: Section; depth: number }> {
  const out: Array<{ section: Section; depth: number }> = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const s of childSections(sections, parentId)) {
      if (out.some((o) => o.section.id === s.id)) continue;
      out.push({ section: s, depth });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

const smallestFile = (m: Media) => m.sizes.find((s) => s.format === 'webp')?.file ?? m.storedName;

/** The media choices of a select. */
export function mediaOptions(media: readonly Media[]) {
  return media.map((m) => ({ value: String(m.id), label: `${m.filename}${m.alt ? ` — ${m.alt}` : ''}` }));
}

/** One of the structure screens. */
export function presentStructure(
  chrome: AdminChromeView,
  screen: StructureView['screen'],
  data: {
    sections: Section[]; tags: Tag[]; authors: Array<Author & { avatarMediaId: number | null }>; redirects: Redirect[]; media: Media[];
    languages?: string[]; translations?: TermTranslation[];
  },
  form: FormView = presentForm(),
): StructureView {
  const { sections } = data;
  const translation = (kind: TranslatedKind, id: number, base: string): TranslationFormView => {
    const failed = form.values['translationOf'] === `${kind}:${id}` ? form : null;
    const values: Record<string, string> = {};
    for (const row of data.translations ?? []) {
      if (row.kind !== kind || row.itemId !== id) continue;
      for (const field of ['name', 'slug', 'description', 'bio'] as const) values[translationField(field, row.language)] = row[field] ?? '';
    }
    const typed = Object.fromEntries(Object.entries(form.values).filter(([key]) => key.includes('@')).map(([key, v]) => [key, String(v)]));
    return { action: `${base}/${id}/translations`, values: failed ? typed : values, failed };
  };
  const mediaById = new Map(data.media.map((m) => [m.id, m]));
  return {
    chrome,
    screen,
    tabs: TABS.map((key) => ({ href: `/admin/${key}`, label: t(chrome.locale, `admin.structure.tabs.${key}`), current: key === screen })),
    // A refused translations form shows its errors in its own place, not in the add form.
    form: typeof form.values['translationOf'] === 'string' ? presentForm() : form,
    sections: treeOrder(sections).map(({ section: s, depth }) => ({
      id: s.id, name: s.name, slug: s.slug, description: s.description, depth, parent: s.parentId === null ? '' : String(s.parentId),
      place: depth === 0 ? t(chrome.locale, 'admin.structure.topLevel')
        : t(chrome.locale, 'admin.structure.inParent', { path: sectionAncestry(sections, s).slice(0, -1).map((x) => x.name).join(' › ') }),
      moveAction: `/admin/sections/${s.id}/move`, updateAction: `/admin/sections/${s.id}`, deleteAction: `/admin/sections/${s.id}/delete`,
      translation: translation('section', s.id, '/admin/sections'),
    })),
    sectionOptions: treeOrder(sections).map(({ section }) => ({ value: String(section.id), label: sectionAncestry(sections, section).map((x) => x.name).join(' › ') })),
    tags: data.tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, action: `/admin/tags/${t.id}`, deleteAction: `/admin/tags/${t.id}/delete`, translation: translation('tag', t.id, '/admin/tags') })),
    authors: data.authors.map((a) => {
      const avatar = a.avatarMediaId ? mediaById.get(a.avatarMediaId) : undefined;
      return {
        id: a.id, name: a.name, slug: a.slug, bio: a.bio, fediverse: a.fediverse ?? '', avatar: a.avatarMediaId ? String(a.avatarMediaId) : '', action: `/admin/authors/${a.id}`,
        deleteAction: `/admin/authors/${a.id}/delete`,
        avatarSrc: avatar ? mediaUrl(smallestFile(avatar)) : null,
        translation: translation('author', a.id, '/admin/authors'),
      };
    }),
    redirects: data.redirects.map((r) => ({ from: r.fromPath, to: r.toPath, status: r.statusCode })),
    media: mediaOptions(data.media),
    languages: (data.languages ?? []).map((code) => ({ value: code, label: languageName(code) })),
  };
}

/** The media library; `editable` tells which images the viewer may change. */
export function presentMediaLibrary(chrome: AdminChromeView, media: readonly Media[], editable: (media: Media) => boolean, form: FormView = presentForm()): MediaLibraryView {
  return {
    chrome,
    form,
    items: media.map((m) => ({
      id: m.id, src: mediaUrl(smallestFile(m)), filename: m.filename, size: `${m.width} × ${m.height}`, alt: m.alt, altAction: editable(m) ? `/admin/media/${m.id}/alt` : null,
    })),
  };
}

/** The settings form, filled from the stored settings unless the user typed something. */
export function presentSettings(chrome: AdminChromeView, settings: SiteSettings, form?: FormView): SettingsView {
  const s = (key: string) => t(chrome.locale, `admin.settings.${key}`);
  return {
    chrome,
    form: form ?? presentForm({
      title: settings.title, description: settings.description, language: settings.language, timeZone: settings.timeZone,
      postsPerPage: String(settings.postsPerPage), permalinkPattern: settings.permalinkPattern, citationStyle: settings.citationStyle,
      websubHub: settings.websubHub,
      digits: settings.digits,
      persianCalendar: settings.persianCalendar ? 'on' : '',
      languages: settings.languages.join(' '),
      languagePrefixes: settings.languagePrefixes ? 'on' : '',
      commentsEnabled: settings.commentsEnabled ? 'on' : '',
      commentModeration: settings.commentModeration,
      commentsCloseAfterDays: String(settings.commentsCloseAfterDays),
      commentThreadDepth: String(settings.commentThreadDepth),
      commentOrder: settings.commentOrder,
      commentsPerPage: String(settings.commentsPerPage),
      commentMaxLinks: String(settings.commentMaxLinks),
      commentMinFillSeconds: String(settings.commentMinFillSeconds),
      commentRateLimitPerMinute: String(settings.commentRateLimitPerMinute),
      commentDisallowedWords: settings.commentDisallowedWords.join('\n'),
      moderatorEmails: settings.moderatorEmails.join('\n'),
      publishingPrinciplesUrl: settings.publishingPrinciplesUrl, correctionsPolicyUrl: settings.correctionsPolicyUrl, ownershipFundingUrl: settings.ownershipFundingUrl,
      // The secret is never shown back.
      captureApiUrl: settings.captureApiUrl, captureAccessKey: settings.captureAccessKey, captureSecret: '', captureFreshDays: String(settings.captureFreshDays),
    }),
    captureSecretSet: settings.captureSecret !== '',
    moderation: [
      { value: 'first-time', label: s('moderationFirst') },
      { value: 'all', label: s('moderationAll') },
      { value: 'none', label: s('moderationNone') },
    ],
    orders: [{ value: 'oldest', label: s('oldest') }, { value: 'newest', label: s('newest') }],
    digits: [
      { value: 'locale', label: s('digitsLocale') },
      { value: 'native', label: s('digitsNative') },
      { value: 'latin', label: s('digitsLatin') },
    ],
    styles: CITATION_STYLES.map((s) => ({ value: s.name, label: s.title })),
    permalinks: PERMALINK_PATTERNS.map((p) => ({ value: p, label: p.replace(/:(\w+)/g, '$1') })),
  };
}

/** The users screen. */
export function presentUsers(chrome: AdminChromeView, users: readonly User[], authors: readonly Author[], siteLocale: string, form: FormView = presentForm({ role: 'author' })): UsersView {
  const authorById = new Map(authors.map((a) => [a.id, a]));
  return {
    chrome,
    form,
    ...adminLanguageOptions(chrome.locale, siteLocale),
    roles: ROLES.map((r) => ({ value: r, label: t(chrome.locale, `admin.users.roleNames.${r}`), description: t(chrome.locale, `admin.users.roleDescriptions.${r}`) })),
    authors: authors.map((a) => ({ value: a.slug, label: a.name })),
    users: users.map((u) => ({
      id: u.id, name: u.name, email: u.email, role: u.role, author: u.authorId ? (authorById.get(u.authorId)?.slug ?? '') : '', adminLanguage: adminLanguageValue(u), action: `/admin/users/${u.id}`,
    })),
  };
}
