import { cslDateToIso, type CslItem, type CslName } from '../domain/csl.js';

const TYPES: Record<string, string> = {
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  webpage: 'WebPage',
  'article-journal': 'ScholarlyArticle',
  'article-newspaper': 'NewsArticle',
  'article-magazine': 'Article',
  article: 'Article',
  thesis: 'Thesis',
};

function person(name: CslName): Record<string, unknown> {
  if (name.literal) return { '@type': 'Organization', name: name.literal };
  return { '@type': 'Person', name: [name.given, name.family].filter(Boolean).join(' '), ...(name.family ? { familyName: name.family } : {}), ...(name.given ? { givenName: name.given } : {}) };
}

/** A parsed reference (CSL-JSON) as a schema.org CreativeWork for an article's `citation`. */
export function cslToSchemaOrg(csl: CslItem, fallbackName: string): Record<string, unknown> {
  const issued = cslDateToIso(csl.issued);
  return {
    '@type': TYPES[csl.type] ?? 'CreativeWork',
    name: csl.title ?? fallbackName,
    ...(csl.author?.length ? { author: csl.author.map(person) } : {}),
    ...(issued ? { datePublished: issued } : {}),
    ...(csl['container-title'] ? { isPartOf: { '@type': csl.type === 'article-journal' ? 'Periodical' : 'CreativeWork', name: csl['container-title'] } } : {}),
    ...(csl.publisher ? { publisher: { '@type': 'Organization', name: csl.publisher } } : {}),
    ...(csl.URL ? { url: csl.URL } : {}),
    ...(csl.DOI ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: csl.DOI } } : {}),
    ...(csl.page ? { pagination: csl.page } : {}),
  };
}
