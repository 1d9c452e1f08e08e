import type { OEmbedCardView } from '../../presenters/oembed-presenter.js';

/**
 * The HTML another site embeds for a pasted article link: a blockquote card with inline
 * styles only (no script, no iframe), its title linking back to the article.
 */
export function OEmbedCard({ card }: { card: OEmbedCardView }) {
  return (
    <blockquote class="dossier-embed" cite={card.url}
      style={`max-width:${card.width}px;margin:0;padding:12px 16px;border-left:4px solid #555;font-family:Georgia,serif`}>
      <p style="margin:0 0 6px;font-weight:bold"><a href={card.url}>{card.title}</a></p>
      {card.summary ? <p style="margin:0 0 6px">{card.summary}</p> : null}
      <footer style="font-size:0.9em">{card.authorName ? `${card.authorName} — ` : ''}<cite>{card.providerName}</cite></footer>
    </blockquote>
  );
}
