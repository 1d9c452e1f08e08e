import type { ArticleListView, DashboardView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { ArticleTable } from '../components/article-table.js';

/** Drafts, scheduled, pending comments, citation and link health, failed jobs, at a glance. */
export function DashboardPage(props: { view: DashboardView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Dashboard</h1>
      <ul class="counts">
        {view.counts.map((c) => <li><a href={c.href}><strong>{c.value}</strong> {c.label}</a></li>)}
      </ul>
      <div class="cards">
        <section class="panel" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Drafts</h2>
          <ArticleTable rows={view.drafts} caption="Drafts" empty="No drafts." />
          <p><a href="/admin/articles/new">Write a new article</a></p>
        </section>
        <section class="panel" aria-labelledby="scheduled-heading">
          <h2 id="scheduled-heading">Scheduled</h2>
          <ArticleTable rows={view.scheduled} caption="Scheduled articles" empty="Nothing is scheduled." />
        </section>
        <section class="panel" aria-labelledby="comments-heading" data-card="pending-comments">
          <h2 id="comments-heading">Pending comments</h2>
          <p><strong>{view.pendingComments}</strong> waiting for moderation. <a href="/admin/comments?status=pending">Moderate comments</a></p>
        </section>
        <section class="panel" aria-labelledby="citations-heading">
          <h2 id="citations-heading">Citation health</h2>
          <ArticleTable rows={view.citationHealth} caption="Articles with citation findings" empty="No article has citation errors or warnings." />
          <p>Links: {view.linkHealth}</p>
        </section>
        <section class="panel" aria-labelledby="jobs-heading">
          <h2 id="jobs-heading">Background jobs</h2>
          {view.failedJobsTotal === 0 ? <p class="hint">No failed jobs.</p> : (
            <>
              <p>{view.failedJobsTotal} failed job{view.failedJobsTotal === 1 ? '' : 's'} (see <code>dossier jobs list --status failed</code>):</p>
              <ul>
                {view.failedJobs.map((job) => <li><strong>{job.kind}</strong>{job.when ? <> at <time datetime={job.when.iso}>{job.when.label}</time></> : null}: {job.error}</li>)}
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
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <nav aria-label="Filter articles">
        <ul class="counts">
          {view.filters.map((f) => <li><a href={f.href} aria-current={f.current ? 'page' : undefined}>{f.label}</a></li>)}
        </ul>
      </nav>
      <p><a href="/admin/articles/new">Write a new article</a></p>
      <ArticleTable rows={view.rows} caption={view.heading} empty="No articles here yet." />
    </AdminLayout>
  );
}
