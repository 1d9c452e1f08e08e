import type { LinkView } from '../../presenters/view-models.js';

/** "A, B and C" with each name linking to the author page. */
export function AuthorLinks(props: { authors: LinkView[] }) {
  const { authors } = props;
  return (
    <>
      {authors.map((author, index) => (
        <>
          {index === 0 ? '' : index === authors.length - 1 ? ' and ' : ', '}
          <a href={author.href} rel="author">{author.label}</a>
        </>
      ))}
    </>
  );
}
