import type { RelatedCardView, ThumbView } from '../../presenters/view-models.js';
import { DateTime } from './date-time.js';

/** A picture for a card: the featured image when there is one, else a decorative initial. */
function Thumb(props: { thumb: ThumbView }) {
  const { thumb } = props;
  if (thumb.image) return <img class="thumb" src={thumb.image} alt="" width={96} height={96} loading="lazy" />;
  return <span class={`thumb thumb-tone-${thumb.tone}`} aria-hidden="true">{thumb.initial}</span>;
}

/** "You may also like": thumbnail, title, section and date of each related article. */
export function RelatedList(props: { items: RelatedCardView[] }) {
  return (
    <ul class="related-list">
      {props.items.map((item) => (
        <li class="related-item">
          <Thumb thumb={item.thumb} />
          <div class="related-text">
            <h3 class="related-title" dir="auto"><a href={item.href}>{item.title}</a></h3>
            <p class="card-meta">
              {item.section ? <a href={item.section.href}>{item.section.label}</a> : null}
              {item.section && item.published ? ' · ' : null}
              {item.published ? <DateTime date={item.published} /> : null}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
