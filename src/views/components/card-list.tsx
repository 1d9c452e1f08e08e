import type { CardView } from '../../presenters/view-models.js';
import { AuthorLinks } from './byline.js';
import { DateTime } from './date-time.js';
import { Picture } from './picture.js';
import { useT } from '../locale-context.js';
import { themed } from '../themes/themed.js';

function Card(props: { card: CardView; level: 2 | 3; eager: boolean; lead: boolean }) {
  const { card } = props;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const t = useT();
  return (
    <article class={props.lead ? 'card card-lead' : 'card'}>
      {card.image ? <Picture picture={card.image} class="card-image" eager={props.eager} /> : null}
      <div class="card-text">
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
      </div>
    </article>
  );
}

/** The props of a card list (theme slot `card-list`). */
export type CardListProps = { cards: CardView[]; level: 2 | 3; lead?: boolean; lazyAll?: boolean };

/** Cards whose images load at once: those above the fold of a phone or a wide screen. */
const EAGER_CARDS = 1;

/**
 * A grid of article cards; `level` is the heading level of each card's title. With `lead`
 * the first card is the lead story, drawn across the grid. Images below the first load lazily.
 */
function DefaultCardList(props: CardListProps) {
  return (
    <ul class="cards">
      {props.cards.map((card, i) => (
        <li class={props.lead && i === 0 ? 'cards-lead' : undefined}>
          <Card card={card} level={props.level} eager={!props.lazyAll && i < EAGER_CARDS} lead={props.lead === true && i === 0} />
        </li>
      ))}
    </ul>
  );
}

/** The card grid, or the theme's `card-list` template. */
export const CardList = themed('card-list', DefaultCardList);
