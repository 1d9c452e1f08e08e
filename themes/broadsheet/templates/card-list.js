// Broadsheet cards: text columns divided by rules; only the lead story keeps its picture,
// under a small kicker. Same props as the built-in card list.
export default function CardList({ cards, level, lead, lazyAll }, { h, t, parts }) {
  const { DateTime, Picture } = parts;
  const heading = level === 2 ? 'h2' : 'h3';
  const card = (c, i) => {
    const isLead = lead === true && i === 0;
    return h('li', { class: isLead ? 'broadsheet-lead' : 'broadsheet-item' },
      h('article', { class: isLead ? 'card card-lead' : 'card' },
        isLead ? h('p', { class: 'broadsheet-kicker' }, t('themes.leadStory')) : null,
        isLead && c.image ? h(Picture, { picture: c.image, class: 'card-image', eager: !lazyAll }) : null,
        h(heading, { class: 'card-title', dir: 'auto' }, h('a', { href: c.href }, c.title)),
        h('p', { class: 'card-summary', dir: 'auto' }, c.dek ?? c.excerpt),
        h('p', { class: 'card-meta' },
          c.section ? h('a', { class: 'card-section', href: c.section.href }, c.section.label) : null,
          c.section && c.published ? ' · ' : null,
          c.published ? h(DateTime, { date: c.published }) : null,
          c.authors.length > 0 ? [' · ', t('article.by'), ' ', c.authors.map((a, n) => [n > 0 ? ', ' : '', h('a', { href: a.href, rel: 'author' }, h('bdi', null, a.label))])] : null)));
  };
  return h('ul', { class: 'cards broadsheet-columns' }, cards.map(card));
}
