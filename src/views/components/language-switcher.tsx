import type { LanguageLinkView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

/** Links to the page in each other language of the site (or that language's home), each named in its own language. */
export function LanguageSwitcher(props: { links: LanguageLinkView[] }) {
  const t = useT();
  if (props.links.length === 0) return null;
  return (
    <nav class="language-switcher" aria-label={t('layout.languages')}>
      <ul>
        {props.links.map((link) => (
          <li>
            <a href={link.href} hreflang={link.language} lang={link.language} rel={link.translated ? 'alternate' : undefined}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
