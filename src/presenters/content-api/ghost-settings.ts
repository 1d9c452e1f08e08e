import { absoluteUrl, sectionPath } from '../../domain/permalinks.js';
import { childSections } from '../../domain/section.js';
import type { SiteChrome } from '../../services/reader/chrome.js';

/** The Ghost version whose Content API shapes Dossier answers with. */
export const GHOST_API_VERSION = '5.0';

/** The site's settings as Ghost's Content API shows them: navigation from the top sections, pages below. */
export function presentGhostSettings(siteUrl: string, chrome: SiteChrome) {
  const { settings } = chrome;
  return {
    settings: {
      title: settings.title,
      description: settings.description,
      logo: null,
      icon: absoluteUrl(siteUrl, '/favicon.svg'),
      accent_color: null,
      cover_image: null,
      facebook: null,
      twitter: null,
      lang: settings.language,
      locale: settings.language,
      timezone: settings.timeZone,
      codeinjection_head: null,
      codeinjection_foot: null,
      navigation: [
        { label: 'Home', url: '/' },
        ...childSections(chrome.sections, null).map((s) => ({ label: s.name, url: sectionPath(s.slug) })),
      ],
      secondary_navigation: chrome.pages.map((p) => ({ label: p.title, url: `/${p.slug}` })),
      meta_title: null,
      meta_description: null,
      og_image: null, og_title: null, og_description: null,
      twitter_image: null, twitter_title: null, twitter_description: null,
      members_support_address: null,
      members_enabled: false,
      members_invite_only: false,
      paid_members_enabled: false,
      comments_enabled: 'off',
      recommendations_enabled: false,
      posts_per_page: settings.postsPerPage,
      url: `${siteUrl.replace(/\/+$/, '')}/`,
      version: GHOST_API_VERSION,
    },
    meta: {},
  };
}
