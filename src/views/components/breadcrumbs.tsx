import type { LinkView } from '../../presenters/view-models.js';

/** Home » section » … » current page; the last crumb is the current page. */
export function Breadcrumbs(props: { crumbs: LinkView[] }) {
  if (props.crumbs.length === 0) return null;
  const last = props.crumbs.length - 1;
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {props.crumbs.map((crumb, index) => (
          <li>
            {index === last ? (
              <a href={crumb.href} aria-current="page">{crumb.label}</a>
            ) : (
              <a href={crumb.href}>{crumb.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
