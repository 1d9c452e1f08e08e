import type { ComponentChildren } from 'preact';
import type { ChromeView, HeadView } from '../../presenters/view-models.js';
import { SearchBox } from '../components/search-box.js';
import { SiteMenu } from '../components/site-menu.js';
import { SocialMeta } from '../components/social-meta.js';
import { favicon, siteStylesheet } from '../styles/assets.js';

/** The document around every public page: head, header with sections, footer with pages. */
export function BaseLayout(props: { chrome: ChromeView; head: HeadView; children: ComponentChildren; wide?: boolean }) {
  const { chrome, head } = props;
  return (
    <html lang={chrome.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        <meta name="color-scheme" content="light dark" />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={head.canonical} />
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
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="wrap wrap-wide site-header-inner">
            <a class="site-title" href="/">
              {chrome.logoUrl ? <img class="site-logo" src={chrome.logoUrl} alt={chrome.siteTitle} height={40} /> : chrome.siteTitle}
            </a>
            <SiteMenu links={chrome.nav} label="Main" class="site-nav" />
            <SearchBox />
          </div>
        </header>
        <main id="main" class={props.wide ? 'wrap wrap-wide' : 'wrap'}>{props.children}</main>
        <footer class="site-footer">
          <div class="wrap wrap-wide">
            <SiteMenu links={chrome.footerLinks} label="Site pages" class="footer-nav" />
            <p class="site-footer-note">{chrome.footerText}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
