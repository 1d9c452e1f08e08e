// Broadsheet masthead: the title set large and centred between rules, the site's line
// under it, then the section menu, search and languages on one ruled strip.
// A template is a plain function of (props, kit); kit.h builds markup (no JSX, no build).
export default function SiteHeader({ chrome, head }, { h, t, parts }) {
  const { SiteMenu, SearchBox, LanguageSwitcher } = parts;
  const title = chrome.logoUrl
    ? h('img', { class: 'site-logo', src: chrome.logoUrl, alt: chrome.siteTitle, height: 40,
      width: chrome.logoSize ? Math.round((chrome.logoSize.width * 40) / chrome.logoSize.height) : undefined })
    : h('bdi', null, chrome.siteTitle);
  return h('header', { class: 'site-header broadsheet-masthead' },
    h('div', { class: 'wrap wrap-wide' },
      h('a', { class: 'site-title broadsheet-title', href: '/' }, title),
      h('p', { class: 'broadsheet-tagline' }, h('bdi', null, chrome.siteDescription))),
    h('div', { class: 'broadsheet-strip' },
      h('div', { class: 'wrap wrap-wide site-header-inner' },
        h('a', { class: 'broadsheet-front', href: '/' }, t('themes.frontPage')),
        h(SiteMenu, { links: chrome.nav, label: t('layout.sections'), class: 'site-nav' }),
        h(SearchBox, null),
        h(LanguageSwitcher, { links: head.languageSwitcher }))));
}
