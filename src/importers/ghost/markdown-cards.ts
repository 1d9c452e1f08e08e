// Ghost's Markdown cards hold Markdown, which must reach the article as written rather than
// go through HTML and back. Each card becomes a token in the HTML; the tokens are put
// back as Markdown after conversion. Cards are collected per conversion.
let cards: string[] = [];

/** The HTML placeholder for one Markdown card. */
export function markdownCard(markdown: string): string {
  cards.push(markdown);
  return `<p>dossiermarkdowncard${cards.length - 1}x</p>`;
}

/** Runs a conversion that may emit Markdown cards, then puts them back into its Markdown. */
export function withMarkdownCards(convert: () => string): string {
  cards = [];
  try {
    return convert().replace(/dossiermarkdowncard(\d+)x/g, (_all, n: string) => cards[Number(n)] ?? '');
  } finally {
    cards = [];
  }
}
