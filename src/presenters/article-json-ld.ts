/**
 * schema.org NewsArticle. `dateModified` is the article's `updated_at`, which every save
 * and every appended correction moves, so search engines see when it last changed.
 */
export function newsArticleLd(fields: {
  headline: string;
  url: string;
  description: string;
  datePublished: string | null;
  dateModified: string;
  authors: Array<{ name: string; url: string }>;
  image: string | null;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: fields.headline,
    mainEntityOfPage: fields.url,
    description: fields.description,
    ...(fields.datePublished ? { datePublished: fields.datePublished } : {}),
    dateModified: fields.dateModified,
    author: fields.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    ...(fields.image ? { image: fields.image } : {}),
  };
}
