import type { ComponentChildren } from 'preact';
import type { ChromeView, HeadView } from '../../presenters/view-models.js';
import { LanguageSwitcher } from '../components/language-switcher.js';
import { LinkList } from '../components/link-list.js';
import { SearchBox } from '../components/search-box.js';
import { SocialMeta } from '../components/social-meta.js';
import { favicon, siteStylesheet } from '../styles/assets.js';

/** The document around every public page: head, header with sections, footer with pages. */
export function BaseLayout(props: { chrome: ChromeView; head: HeadView; lang?: string; children: ComponentChildren }) {
  const { chrome, head } = props;
  return (
    <html lang={props.lang ?? chrome.language}>
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
        {head.jsonLd.map((json) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="wrap site-header-inner">
            <a class="site-title" href="/">{chrome.siteTitle}</a>
            <LinkList links={chrome.nav} label="Sections" class="site-nav" />
            <SearchBox />
            <LanguageSwitcher links={head.languageSwitcher} />
          </div>
        </header>
        <main id="main" class="wrap">{props.children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <LinkList links={chrome.footerLinks} label="Site pages" />
            <p class="site-footer-note">{chrome.siteDescription} Published with Dossier.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
