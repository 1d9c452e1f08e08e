import type { LinkView } from '../../presenters/view-models.js';

/** A labelled navigation list of links; renders nothing when there are none. */
export function LinkList(props: { links: LinkView[]; label: string; class?: string; rel?: string }) {
  if (props.links.length === 0) return null;
  return (
    <nav class={props.class} aria-label={props.label}>
      <ul>
        {props.links.map((link) => (
          <li><a href={link.href} rel={props.rel}>{link.label}</a></li>
        ))}
      </ul>
    </nav>
  );
}
