import { CITATION_STYLES } from '../../citations/styles/style-registry.js';
import type { Media } from '../../domain/media.js';
import type { Author, Redirect, Tag } from '../../domain/people.js';
import { childSections, sectionAncestry, type Section } from '../../domain/section.js';
import { PERMALINK_PATTERNS, type SiteSettings } from '../../domain/settings.js';
import { ROLE_DESCRIPTIONS, ROLES, type User } from '../../domain/user.js';
import { mediaUrl } from '../media-presenter.js';
import { presentForm } from './admin-chrome.js';
import type { AdminChromeView, FormView, MediaLibraryView, SettingsView, StructureView, UsersView } from './admin-view-models.js';

const TABS = [['sections', 'Sections'], ['tags', 'Tags'], ['authors', 'Authors'], ['redirects', 'Redirects']] as const;

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
  data: { sections: Section[]; tags: Tag[]; authors: Array<Author & { avatarMediaId: number | null }>; redirects: Redirect[]; media: Media[] },
  form: FormView = presentForm(),
): StructureView {
  const { sections } = data;
  const mediaById = new Map(data.media.map((m) => [m.id, m]));
  return {
    chrome,
    screen,
    tabs: TABS.map(([key, label]) => ({ href: `/admin/${key}`, label, current: key === screen })),
    form,
    sections: treeOrder(sections).map(({ section: s, depth }) => ({
      id: s.id, name: s.name, slug: s.slug, description: s.description, depth, parent: s.parentId === null ? '' : String(s.parentId),
      place: depth === 0 ? 'top level' : `in ${sectionAncestry(sections, s).slice(0, -1).map((x) => x.name).join(' › ')}`,
      moveAction: `/admin/sections/${s.id}/move`, updateAction: `/admin/sections/${s.id}`, deleteAction: `/admin/sections/${s.id}/delete`,
    })),
    sectionOptions: treeOrder(sections).map(({ section }) => ({ value: String(section.id), label: sectionAncestry(sections, section).map((x) => x.name).join(' › ') })),
    tags: data.tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, action: `/admin/tags/${t.id}`, deleteAction: `/admin/tags/${t.id}/delete` })),
    authors: data.authors.map((a) => {
      const avatar = a.avatarMediaId ? mediaById.get(a.avatarMediaId) : undefined;
      return {
        id: a.id, name: a.name, slug: a.slug, bio: a.bio, fediverse: a.fediverse ?? '', avatar: a.avatarMediaId ? String(a.avatarMediaId) : '', action: `/admin/authors/${a.id}`,
        deleteAction: `/admin/authors/${a.id}/delete`,
        avatarSrc: avatar ? mediaUrl(smallestFile(avatar)) : null,
      };
    }),
    redirects: data.redirects.map((r) => ({ from: r.fromPath, to: r.toPath, status: r.statusCode })),
    media: mediaOptions(data.media),
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
      { value: 'first-time', label: 'Hold a commenter’s first comment (then approve the ones they send later)' },
      { value: 'all', label: 'Hold every comment' },
      { value: 'none', label: 'Publish comments at once (links and disallowed words still apply)' },
    ],
    orders: [{ value: 'oldest', label: 'Oldest first' }, { value: 'newest', label: 'Newest first' }],
    digits: [
      { value: 'locale', label: 'As usual for the language (Persian ۱۲۳, Arabic 123)' },
      { value: 'native', label: 'The script’s own digits (Persian ۱۲۳, Arabic ١٢٣)' },
      { value: 'latin', label: 'Latin digits (123) everywhere' },
    ],
    styles: CITATION_STYLES.map((s) => ({ value: s.name, label: s.title })),
    permalinks: PERMALINK_PATTERNS.map((p) => ({ value: p, label: p.replace(/:(\w+)/g, '$1') })),
  };
}

/** The users screen. */
export function presentUsers(chrome: AdminChromeView, users: readonly User[], authors: readonly Author[], form: FormView = presentForm({ role: 'author' })): UsersView {
  const authorById = new Map(authors.map((a) => [a.id, a]));
  return {
    chrome,
    form,
    roles: ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1), description: ROLE_DESCRIPTIONS[r] })),
    authors: authors.map((a) => ({ value: a.slug, label: a.name })),
    users: users.map((u) => ({
      id: u.id, name: u.name, email: u.email, role: u.role, author: u.authorId ? (authorById.get(u.authorId)?.slug ?? '') : '', action: `/admin/users/${u.id}`,
    })),
  };
}
