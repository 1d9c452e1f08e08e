/** The genre of an article, as an editor chose it; shown as a label and typed in JSON-LD. */
export type ArticleType = 'news' | 'opinion' | 'analysis' | 'explainer' | 'fact-check';

/** Every article type, in the order the editor lists them. */
export const ARTICLE_TYPES: readonly ArticleType[] = ['news', 'opinion', 'analysis', 'explainer', 'fact-check'];

/**
 * The schema.org type of an article page. News is reportage (ReportageNewsArticle), an
 * explainer is background (BackgroundNewsArticle). A fact check stays a NewsArticle with
 * `genre` "fact-check": schema.org's ClaimReview describes one reviewed claim with its rating,
 * which Dossier does not record, and a ClaimReview without them is invalid for search engines.
 * No type: NewsArticle, as before types existed.
 */
export function schemaOrgType(type: ArticleType | null): { '@type': string; genre?: string } {
  switch (type) {
    case 'news': return { '@type': 'ReportageNewsArticle' };
    case 'opinion': return { '@type': 'OpinionNewsArticle' };
    case 'analysis': return { '@type': 'AnalysisNewsArticle' };
    case 'explainer': return { '@type': 'BackgroundNewsArticle' };
    case 'fact-check': return { '@type': 'NewsArticle', genre: 'fact-check' };
    default: return { '@type': 'NewsArticle' };
  }
}

/** A stored or submitted value as an article type; null for none or anything unknown. */
export function parseArticleType(value: unknown): ArticleType | null {
  return typeof value === 'string' && (ARTICLE_TYPES as readonly string[]).includes(value) ? (value as ArticleType) : null;
}
