import type { ReadingAidsView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

/** "Updated" and "Correction" badges, then the reading time, under an article's title. */
export function ReadingBadges(props: { aids: ReadingAidsView }) {
  const { updated, correction, readingTime } = props.aids;
  return (
    <p class="reading-aids">
      {correction ? <a class="badge badge-correction" href={correction.href}>{correction.label}</a> : null}
      {updated ? (updated.href ? <a class="badge badge-updated" href={updated.href}>{updated.label}</a> : <span class="badge badge-updated">{updated.label}</span>) : null}
      <span class="reading-time">{readingTime}</span>
    </p>
  );
}

/** The table of contents of a long article: links to its h2 headings, h3 nested under them. */
export function TableOfContents(props: { aids: ReadingAidsView; idPrefix: string }) {
  const t = useT();
  if (props.aids.toc.length === 0) return null;
  const headingId = `${props.idPrefix}toc-heading`;
  // h3s before the first h2 stay at the top level.
  const groups: Array<{ entry: ReadingAidsView['toc'][number]; children: ReadingAidsView['toc'] }> = [];
  for (const entry of props.aids.toc) {
    const last = groups.at(-1);
    if (entry.level === 3 && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  return (
    <nav class="toc" aria-labelledby={headingId}>
      <h2 id={headingId} class="toc-heading">{t('article.contents')}</h2>
      <ol>
        {groups.map(({ entry, children }) => (
          <li>
            <a href={`#${entry.id}`}>{entry.text}</a>
            {children.length > 0 ? <ol>{children.map((c) => <li><a href={`#${c.id}`}>{c.text}</a></li>)}</ol> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
