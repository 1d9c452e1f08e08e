import type { ComponentChildren } from 'preact';
import type { AdminChromeView } from '../../presenters/admin/admin-view-models.js';
import { adminScript, adminStylesheet } from './admin-assets.js';
import { CsrfField } from './components/fields.js';
import { LocaleContext, useT } from '../locale-context.js';

type AdminLayoutProps = { chrome: AdminChromeView; children: ComponentChildren; wide?: boolean };

/** The document around every admin screen, in the site's locale (its components translate in it). */
export function AdminLayout(props: AdminLayoutProps) {
  return <LocaleContext.Provider value={props.chrome.locale}><AdminDocument {...props} /></LocaleContext.Provider>;
}

/** Skip link, header with navigation, main, script. */
function AdminDocument(props: AdminLayoutProps) {
  const { chrome } = props;
  const t = useT();
  return (
    <html lang={chrome.language} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="color-scheme" content="light dark" />
        <title>{chrome.title}</title>
        <link rel="stylesheet" href={adminStylesheet.href} />
        <script type="module" src={adminScript.href} />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">{t('admin.skipToContent')}</a>
        <header class="admin-header">
          <div class="admin-bar">
            <a class="admin-brand" href="/admin"><bdi>{chrome.siteTitle}</bdi> <span>{t('admin.brand')}</span></a>
            <a class="admin-site-link" href="/">{t('admin.viewSite')}</a>
            {chrome.user ? (
              <form class="admin-signout" method="post" action="/admin/logout">
                <CsrfField token={chrome.csrfToken} />
                <span class="admin-user"><a href="/admin/account" title={t('account.link')}><bdi>{chrome.user.name}</bdi></a> <span class="admin-role">({t(`admin.roles.${chrome.user.role}`)})</span></span>
                <button type="submit" class="button-link">{t('admin.signOut')}</button>
              </form>
            ) : null}
          </div>
          {chrome.nav.length > 0 ? (
            <nav class="admin-nav" aria-label={t('admin.navLabel')}>
              <ul>
                {chrome.nav.map((link) => (
                  <li><a href={link.href} aria-current={link.current ? 'page' : undefined}>{link.label}</a></li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class={props.wide ? 'admin-main wide' : 'admin-main'} tabindex={-1}>
          {chrome.flash ? <p class="flash" role="status">{chrome.flash}</p> : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}
