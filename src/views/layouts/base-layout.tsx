import type { ComponentChildren } from 'preact';
import type { ChromeView, HeadView } from '../../presenters/view-models.js';
import { SocialMeta } from '../components/social-meta.js';
import { favicon, siteStylesheet } from '../styles/assets.js';
import { LocaleContext, useT } from '../locale-context.js';
import { ActiveThemeContext, ThemesContext } from '../themes/themed.js';
import { SiteFooter, SiteHeader } from './site-chrome.js';
import { useContext } from 'preact/hooks';

type LayoutProps = { chrome: ChromeView; head: HeadView; children: ComponentChildren; wide?: boolean; lang?: string };

/** The document around every public page, in the page's locale (its components translate in it). */
export function BaseLayout(props: LayoutProps) {
  return (
    <LocaleContext.Provider value={props.chrome.locale}>
      <ActiveThemeContext.Provider value={props.chrome.theme}><PublicDocument {...props} /></ActiveThemeContext.Provider>
    </LocaleContext.Provider>
  );
}

/** Head (site.css, the theme's stylesheet, then the branding one), header, main, footer. */
function PublicDocument(props: LayoutProps) {
  const { chrome, head } = props;
  const t = useT();
  const themeCss = useContext(ThemesContext).theme(chrome.theme)?.cssHref;
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
        {themeCss ? <link rel="stylesheet" href={themeCss} /> : null}
        {chrome.themeHref ? <link rel="stylesheet" href={chrome.themeHref} /> : null}
        {head.jsonLd.map((json) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skipToContent')}</a>
        <SiteHeader chrome={chrome} head={head} />
        <main id="main" class={props.wide ? 'wrap wrap-wide' : 'wrap'}>{props.children}</main>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}
