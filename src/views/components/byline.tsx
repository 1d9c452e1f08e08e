import type { LinkView } from '../../presenters/view-models.js';
import { conjunctionParts } from '../../presenters/i18n/list-format.js';
import { useLocale } from '../locale-context.js';
import { themed } from '../themes/themed.js';

/** "A, B and C" in the page's language, each name linking to the author page. */
function DefaultAuthorLinks(props: { authors: LinkView[] }) {
  const { authors } = props;
  let next = 0;
  return (
    <>
      {conjunctionParts(useLocale(), authors.map((a) => a.label)).map((part) => {
        if (part.type !== 'element') return part.value;
        const author = authors[next++]!;
        return <a href={author.href} rel="author"><bdi>{author.label}</bdi></a>;
      })}
    </>
  );
}

/** The author names, or the theme's `byline` template. */
export const AuthorLinks = themed('byline', DefaultAuthorLinks);
