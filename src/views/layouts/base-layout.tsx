import type { ComponentChildren } from 'preact';
import type { ChromeView, HeadView } from '../../presenters/view-models.js';
import { LanguageSwitcher } from '../components/language-switcher.js';
import { SearchBox } from '../components/search-box.js';
import { SiteMenu } from '../components/site-menu.js';
import { SocialMeta } from '../components/social-meta.js';
import { favicon, siteStylesheet } from '../styles/assets.js';
import { LocaleContext, useT } from '../locale-context.js';

type LayoutProps = { chrome: ChromeView; head: HeadView; children: ComponentChildren; wide?: boolean; lang?: string };

/** The document around every public page, in the page's locale (its components translate in it). */
export function BaseLayout(props: LayoutProps) {
  return <LocaleContext.Provider value={props.chrome.locale}><PublicDocument {...props} /></LocaleContext.Provider>;
}

/** Head, header with logo or title and the header menu, footer with the footer menu and line. */
function PublicDocument(props: LayoutProps) {
  const { chrome, head } = props;
  const t = useT();
  return (
    <html lang={props.lang ?? chrome.language} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        <meta name="color-scheme" content="light dark" />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={head.canonical} />
        {head.alternates.map((a) => <link rel="alternate" hreflang={a.hreflang} href={a.href} />)}
        {head.prev ? <link rel="prev" href={head.prev} /> : null}
        {head.next ? <link rel="next" href={head.next} /> : null}
        <SocialMeta head={head} />
        <link rel="icon" href={favicon.href} type="image/svg+xml" />
        <link rel="stylesheet" href={siteStylesheet.href} />
        {chrome.themeHref ? <link rel="stylesheet" href={chrome.themeHref} /> : null}
        {head.jsonLd.map((json) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skipToContent')}</a>
        <header class="site-header">
          <div class="wrap wrap-wide site-header-inner">
            <a class="site-title" href="/">
              {chrome.logoUrl ? <img class="site-logo" src={chrome.logoUrl} alt={chrome.siteTitle} height={40} /> : <bdi>{chrome.siteTitle}</bdi>}
            </a>
            <SiteMenu links={chrome.nav} label={t('layout.sections')} class="site-nav" />
            <SearchBox />
            <LanguageSwitcher links={head.languageSwitcher} />
          </div>
        </header>
        <main id="main" class={props.wide ? 'wrap wrap-wide' : 'wrap'}>{props.children}</main>
        <footer class="site-footer">
          <div class="wrap wrap-wide">
            <SiteMenu links={chrome.footerLinks} label={t('layout.sitePages')} class="footer-nav" />
            <p class="site-footer-note">
              {chrome.footerText ? <bdi>{chrome.footerText}</bdi> : <><bdi>{chrome.siteDescription}</bdi> {t('layout.poweredBy')}</>}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
