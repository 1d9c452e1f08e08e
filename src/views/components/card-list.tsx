import type { CardView } from '../../presenters/view-models.js';
import { AuthorLinks } from './byline.js';
import { DateTime } from './date-time.js';
import { useT } from '../locale-context.js';

function Card(props: { card: CardView; level: 2 | 3 }) {
  const { card } = props;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const t = useT();
  return (
    <article class="card">
      <Heading class="card-title" dir="auto"><a href={card.href}>{card.title}</a></Heading>
      <p class="card-meta">
        {card.section ? <a class="card-section" href={card.section.href}>{card.section.label}</a> : null}
        {card.section && card.published ? ' · ' : null}
        {card.published ? <DateTime date={card.published} /> : null}
        {card.comments ? <> · <a class="card-comments" href={card.comments.href}>{card.comments.label}</a></> : null}
      </p>
      <p class="card-summary" dir="auto">{card.dek ?? card.excerpt}</p>
      {card.authors.length > 0 ? (
        <p class="card-byline">{t('article.by')} <AuthorLinks authors={card.authors} /></p>
      ) : null}
    </article>
  );
}

/** A list of article cards; `level` is the heading level of each card's title. */
export function CardList(props: { cards: CardView[]; level: 2 | 3 }) {
  return (
    <ul class="cards">
      {props.cards.map((card) => (
        <li><Card card={card} level={props.level} /></li>
      ))}
    </ul>
  );
}
