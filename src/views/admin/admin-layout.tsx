import type { ComponentChildren } from 'preact';
import type { AdminChromeView } from '../../presenters/admin/admin-view-models.js';
import { adminScript, adminStylesheet } from './admin-assets.js';
import { CsrfField } from './components/fields.js';

/** The document around every admin screen: skip link, header with navigation, main, script. */
export function AdminLayout(props: { chrome: AdminChromeView; children: ComponentChildren; wide?: boolean }) {
  const { chrome } = props;
  return (
    <html lang="en">
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
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="admin-header">
          <div class="admin-bar">
            <a class="admin-brand" href="/admin">{chrome.siteTitle} <span>admin</span></a>
            <a class="admin-site-link" href="/">View site</a>
            {chrome.user ? (
              <form class="admin-signout" method="post" action="/admin/logout">
                <CsrfField token={chrome.csrfToken} />
                <span class="admin-user">{chrome.user.name} <span class="admin-role">({chrome.user.role})</span></span>
                <button type="submit" class="button-link">Sign out</button>
              </form>
            ) : null}
          </div>
          {chrome.nav.length > 0 ? (
            <nav class="admin-nav" aria-label="Admin">
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
