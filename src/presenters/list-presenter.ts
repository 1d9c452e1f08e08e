import { absoluteUrl, authorPath, pagedPath, sectionPath, tagPath } from '../domain/permalinks.js';
import { sectionSlugPath } from '../domain/section.js';
import type { Author, Tag } from '../domain/people.js';
import type { Media } from '../domain/media.js';
import { presentAvatar } from './media-presenter.js';
import type { HomePage, ListPage, SectionListPage } from '../services/reader/list-pages.js';
import { LEAD_IMAGE_SIZES, presentCard } from './card-presenter.js';
import { rulesOf } from './permalinks.js';
import { homeCrumb, pageLocale, presentChrome, presentHead, presentPagination } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import { feedLinks } from './feed-links.js';
import { breadcrumbListLd, serializeJsonLd } from './json-ld.js';
import { collectionPageLd, personLd } from './schema-org.js';
import type { LinkView, ListPageView } from './view-models.js';
import { inLanguage, languageName, languageSwitcher, siteLanguages } from '../domain/languages.js';

/** A card whose section label links to the section's page in the list's language. */
function localCard<C extends { section: LinkView | null }>(card: C, local: (link: LinkView) => LinkView): C {
  return card.section ? { ...card, section: local(card.section) } : card;
}

function listView(
  siteUrl: string,
  data: ListPage,
  basePath: string,
  text: { heading: string; title: string; description: string; intro: string | null; emptyMessage: string },
  breadcrumbs: LinkView[],
  subsections: LinkView[] = [],
  extra: { feedTitle?: string; jsonLd?: Array<Record<string, unknown>>; profile?: boolean; lead?: boolean } = {},
): ListPageView {
  const { settings, sections } = data.chrome;
  const language = data.language ?? null;
  const ownPath = inLanguage(settings, language, basePath);
  // A list of one language exists in each: its alternates and switcher name them all.
  const pathIn = (l: string): string => data.paths?.[l] ?? basePath;
  // `paths` names the languages the page exists in (all of them when absent).
  const inEach = language === null ? [] : siteLanguages(settings).filter((l) => !data.paths || l in data.paths)
    .map((l) => ({ language: l, path: inLanguage(settings, l, pathIn(l)) }));
  // Section and tag links of a language's page stay in that language (`/fr/section/eau`).
  const local = (link: LinkView): LinkView => ({ ...link, href: inLanguage(settings, language, link.href) });
  const pagination = presentPagination(ownPath, data.list.page, data.list.pageCount);
  const locale = pageLocale(data.chrome, language);
  const pageSuffix = data.list.page > 1 ? ` — ${t(locale, 'nav.page', { page: data.list.page })}` : '';
  const jsonLd = [
    ...(extra.jsonLd ?? []).map(serializeJsonLd),
    ...(breadcrumbs.length > 0
      ? [serializeJsonLd(breadcrumbListLd(breadcrumbs.map((c) => ({ name: c.label, url: absoluteUrl(siteUrl, c.href) }))))]
      : []),
  ];
  const crumbs = breadcrumbs.map(local);
  return {
    chrome: presentChrome(data.chrome, language),
    language: language ?? settings.language,
    head: presentHead(siteUrl, {
      title: text.title + pageSuffix,
      description: text.description,
      path: pagedPath(ownPath, data.list.page),
      alternates: data.list.page === 1 && inEach.length > 1
        ? [...inEach.map((a) => ({ hreflang: a.language, path: a.path })), { hreflang: 'x-default', path: pathIn(settings.language) }]
        : [],
      languageSwitcher: language === null ? [] : languageSwitcher(settings, language, inEach)
        .map((l) => ({ href: l.path, label: languageName(l.language), language: l.language, translated: l.translated })),
      pagination,
      jsonLd,
      siteName: settings.title,
      siteDescription: settings.description,
      language: settings.language,
      // A section's or tag's feeds are the root list's, at its default-language address (a translated slug has none).
      feeds: extra.feedTitle ? feedLinks(siteUrl, pathIn(settings.language), `${extra.feedTitle} — ${settings.title}`)
        : language && ownPath !== basePath ? feedLinks(siteUrl, ownPath, `${languageName(language)} — ${settings.title}`) : [],
      social: { type: extra.profile ? 'profile' : 'website' },
    }),
    breadcrumbs: crumbs,
    heading: text.heading,
    intro: text.intro,
    subsections: subsections.map(local),
    cards: data.list.items.map((item, i) => localCard(presentCard(item, sections, locale, rulesOf(data.chrome), settings.timeZone, extra.lead && i === 0 ? LEAD_IMAGE_SIZES : undefined), local)),
    lead: extra.lead === true && data.list.items.length > 0,
    blocks: [],
    pagination,
    emptyMessage: text.emptyMessage,
  };
}

/** The home page: on its first page the lead story, the latest articles and the chosen sections' blocks. */
export function presentHome(siteUrl: string, data: HomePage): ListPageView {
  const { settings, sections } = data.chrome;
  const locale = pageLocale(data.chrome, data.language);
  const view = listView(siteUrl, data, '/', {
    heading: t(locale, 'lists.latest'),
    title: settings.title,
    description: settings.description,
    intro: null,
    emptyMessage: t(locale, 'lists.emptyHome'),
  }, [], [], { lead: data.list.page === 1 });
  const local = (link: LinkView): LinkView => ({ ...link, href: inLanguage(settings, data.language, link.href) });
  const blocks = data.blocks.map((block) => ({
    heading: local({ href: sectionPath(sectionSlugPath(sections, block.section)), label: block.section.name }),
    cards: block.items.map((item) => localCard(presentCard(item, sections, locale, rulesOf(data.chrome), settings.timeZone), local)),
  }));
  return { ...view, blocks };
}

/** A section page, with its trail and subsections. */
export function presentSection(siteUrl: string, data: SectionListPage): ListPageView {
  const { sections, settings } = data.chrome;
  const locale = pageLocale(data.chrome, data.language);
  const inSection = t(locale, 'lists.inSection', { section: data.section.name });
  const crumbs = [homeCrumb(locale), ...data.ancestry.map((s) => ({ href: sectionPath(sectionSlugPath(sections, s)), label: s.name }))];
  return listView(
    siteUrl,
    data,
    sectionPath(sectionSlugPath(sections, data.section)),
    {
      heading: data.section.name,
      title: `${data.section.name} — ${settings.title}`,
      description: data.section.description || inSection,
      intro: data.section.description || null,
      emptyMessage: t(locale, 'lists.emptySection'),
    },
    crumbs,
    data.children.map((s) => ({ href: sectionPath(sectionSlugPath(sections, s)), label: s.name })),
    {
      feedTitle: data.section.name,
      jsonLd: [collectionPageLd({
        name: data.section.name,
        description: data.section.description || inSection,
        url: absoluteUrl(siteUrl, sectionPath(sectionSlugPath(sections, data.section))),
      })],
    },
  );
}

/** A tag page. */
export function presentTag(siteUrl: string, data: ListPage & { tag: Tag }): ListPageView {
  const path = tagPath(data.tag.slug);
  const locale = pageLocale(data.chrome, data.language);
  return listView(siteUrl, data, path, {
    heading: t(locale, 'lists.tagged', { tag: data.tag.name }),
    title: `${data.tag.name} — ${data.chrome.settings.title}`,
    description: t(locale, 'lists.taggedDescription', { tag: data.tag.name }),
    intro: null,
    emptyMessage: t(locale, 'lists.emptyTag'),
  }, [homeCrumb(locale), { href: path, label: data.tag.name }], [], { feedTitle: data.tag.name });
}

/** An author page with bio and avatar. */
export function presentAuthor(siteUrl: string, data: ListPage & { author: Author; avatar?: Media | null }): ListPageView {
  const path = authorPath(data.author.slug);
  const locale = pageLocale(data.chrome, data.language);
  const view = listView(siteUrl, data, path, {
    heading: data.author.name,
    title: `${data.author.name} — ${data.chrome.settings.title}`,
    description: data.author.bio || t(locale, 'lists.byAuthor', { author: data.author.name }),
    intro: data.author.bio || null,
    emptyMessage: t(locale, 'lists.emptyAuthor'),
  }, [homeCrumb(locale), { href: path, label: data.author.name }], [], {
    feedTitle: data.author.name,
    profile: true,
    jsonLd: [personLd({ name: data.author.name, url: absoluteUrl(siteUrl, path), description: data.author.bio })],
  });
  // Stored as media, else kept at its address (an import without its files); alt: the author's name.
  const image = presentAvatar(data.avatar, data.author.avatarUrl, data.author.name, 96);
  return image ? { ...view, image } : view;
}
