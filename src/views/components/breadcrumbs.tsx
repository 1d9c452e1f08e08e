import type { LinkView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

/** Home » section » … » current page; the last crumb is the current page. */
export function Breadcrumbs(props: { crumbs: LinkView[] }) {
  if (props.crumbs.length === 0) return null;
  const last = props.crumbs.length - 1;
  const t = useT();
  return (
    <nav class="breadcrumbs" aria-label={t('nav.breadcrumb')}>
      <ol>
        {props.crumbs.map((crumb, index) => (
          <li>
            {index === last ? (
              <a href={crumb.href} aria-current="page"><bdi>{crumb.label}</bdi></a>
            ) : (
              <a href={crumb.href}><bdi>{crumb.label}</bdi></a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
