import type { ModerationView } from '../../../presenters/admin/comments-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField } from '../components/fields.js';
import { formatNumber } from '../../../presenters/i18n/translate.js';
import { translateIn } from '../../locale-context.js';

/** Reader comments by status, with approve / hold / spam / trash on each. */
export function CommentsPage(props: { view: ModerationView }) {
  const { view } = props;
  const { locale } = view.chrome;
  const t = translateIn(locale);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{t('admin.comments.heading')}</h1>
      <nav class="tabs" aria-label={t('admin.comments.tabsLabel')}>
        <ul>
          {view.tabs.map((tab) => (
            <li><a href={tab.href} aria-current={tab.current ? 'page' : undefined}>{tab.label} <span class="count">({formatNumber(locale, tab.count)})</span></a></li>
          ))}
        </ul>
      </nav>
      {view.rows.length === 0 ? (
        <p class="empty">{t(`admin.comments.empty.${view.current}`)}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t(`admin.comments.caption.${view.current}`)}</caption>
            <thead><tr><th scope="col">{t('admin.comments.author')}</th><th scope="col">{t('admin.comments.comment')}</th><th scope="col">{t('admin.comments.on')}</th><th scope="col">{t('admin.comments.moderate')}</th></tr></thead>
            <tbody>
              {view.rows.map((row) => (
                <tr id={`comment-${row.id}`}>
                  <td>
                    <strong>{row.author}</strong><br />
                    <span class="muted" dir="ltr">{row.email}</span>
                    {row.website ? <><br /><a href={row.website} rel="nofollow ugc noopener">{row.website}</a></> : null}
                    {row.websiteText ? <><br /><span class="hint"><bdi>{row.websiteText}</bdi> {t('admin.comments.notLinked')}</span></> : null}
                  </td>
                  <td>
                    <p class="comment-excerpt">{row.excerpt}</p>
                    {row.date ? <time class="muted" datetime={row.date.iso}>{row.date.label}</time> : null}
                  </td>
                  <td>{row.viewHref ? <a href={row.viewHref}>{row.articleSlug}</a> : row.articleSlug}</td>
                  <td>
                    <form method="post" action="/admin/comments" class="inline-form">
                      <CsrfField token={view.chrome.csrfToken} />
                      <input type="hidden" name="id" value={String(row.id)} />
                      <input type="hidden" name="from" value={view.current} />
                      {row.actions.map((action) => (
                        <button type="submit" name="status" value={action.status} aria-label={action.ariaLabel}>{action.label}</button>
                      ))}
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
