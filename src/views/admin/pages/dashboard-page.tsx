import type { ArticleListView, DashboardView } from '../../../presenters/admin/admin-view-models.js';
import { formatNumber } from '../../../presenters/i18n/translate.js';
import { translateIn } from '../../locale-context.js';
import { AdminLayout } from '../admin-layout.js';
import { ArticleTable } from '../components/article-table.js';

/** Drafts, scheduled, pending comments, citation and link health, failed jobs, at a glance. */
export function DashboardPage(props: { view: DashboardView }) {
  const { view } = props;
  const { locale } = view.chrome;
  const t = translateIn(locale);
  const d = (key: string, values?: Record<string, string | number>) => t(`admin.dashboard.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{d('heading')}</h1>
      <ul class="counts">
        {view.counts.map((c) => <li><a href={c.href}><strong>{formatNumber(locale, c.value)}</strong> {c.label}</a></li>)}
      </ul>
      <div class="cards">
        <section class="panel" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{d('draftsHeading')}</h2>
          <ArticleTable rows={view.drafts} caption={d('draftsHeading')} empty={d('noDrafts')} />
          <p><a href="/admin/articles/new">{d('writeNew')}</a></p>
        </section>
        <section class="panel" aria-labelledby="scheduled-heading">
          <h2 id="scheduled-heading">{d('scheduledHeading')}</h2>
          <ArticleTable rows={view.scheduled} caption={d('scheduledCaption')} empty={d('noScheduled')} />
        </section>
        <section class="panel" aria-labelledby="comments-heading" data-card="pending-comments">
          <h2 id="comments-heading">{d('pendingHeading')}</h2>
          <p><strong>{formatNumber(locale, view.pendingComments)}</strong> {d('waiting', { count: view.pendingComments })} <a href="/admin/comments?status=pending">{d('moderate')}</a></p>
        </section>
        <section class="panel" aria-labelledby="citations-heading">
          <h2 id="citations-heading">{d('citationHeading')}</h2>
          <ArticleTable rows={view.citationHealth} caption={d('citationCaption')} empty={d('noCitation')} />
          <p>{d('links', { line: view.linkHealth })}</p>
        </section>
        <section class="panel" aria-labelledby="jobs-heading">
          <h2 id="jobs-heading">{d('jobsHeading')}</h2>
          {view.failedJobsTotal === 0 ? <p class="hint">{d('noFailedJobs')}</p> : (
            <>
              <p>{d('failedJobs', { count: view.failedJobsTotal })} ({d('seeCommand')} <code dir="ltr">dossier jobs list --status failed</code>):</p>
              <ul>
                {view.failedJobs.map((job) => <li><strong>{job.kind}</strong>{job.when ? <> {d('at')} <time datetime={job.when.iso}>{job.when.label}</time></> : null}: {job.error}</li>)}
              </ul>
            </>
          )}
        </section>
      </div>
    </AdminLayout>
  );
}

/** All articles (or one status) as a table. */
export function ArticleListPage(props: { view: ArticleListView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <nav aria-label={t('admin.articles.filterLabel')}>
        <ul class="counts">
          {view.filters.map((f) => <li><a href={f.href} aria-current={f.current ? 'page' : undefined}>{f.label}</a></li>)}
        </ul>
      </nav>
      <p><a href="/admin/articles/new">{t('admin.dashboard.writeNew')}</a></p>
      <ArticleTable rows={view.rows} caption={view.heading} empty={t('admin.articles.empty')} />
    </AdminLayout>
  );
}
