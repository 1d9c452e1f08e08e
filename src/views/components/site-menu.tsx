import type { MenuLinkView } from '../../presenters/view-models.js';

/** A labelled menu of links, each with the links nested under it; nothing when empty. */
export function SiteMenu(props: { links: MenuLinkView[]; label: string; class?: string }) {
  if (props.links.length === 0) return null;
  return (
    <nav class={props.class} aria-label={props.label}>
      <ul>
        {props.links.map((link) => (
          <li class={link.children.length > 0 ? 'has-children' : undefined}>
            <a href={link.href}>{link.label}</a>
            {link.children.length > 0 ? (
              <ul class="submenu">
                {link.children.map((child) => <li><a href={child.href}>{child.label}</a></li>)}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
