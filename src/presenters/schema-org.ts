import { schemaOrgType, type ArticleType } from '../domain/article-type.js';
import type { Note } from '../domain/article.js';
import { htmlToText } from '../domain/html-text.js';
import { cslToSchemaOrg } from './csl-schema-org.js';

/** A linked person (author) in schema.org terms. */
export interface PersonRef {
  name: string;
  url: string;
}

/** Notes' plain text by their HTML: the same notes are shown request after request (a pure function, shared by all). */
const noteTexts = new Map<string, string>();
const MAX_NOTE_TEXTS = 5_000;

function noteText(html: string): string {
  let text = noteTexts.get(html);
  if (text === undefined) {
    text = htmlToText(html);
    if (noteTexts.size >= MAX_NOTE_TEXTS) noteTexts.clear();
    noteTexts.set(html, text);
  }
  return text;
}

/**
 * schema.org `citation` for an article's notes: a typed CreativeWork (Book, NewsArticle,
 * ScholarlyArticle…) with author, date, publisher and URL for notes read as references; a
 * CreativeWork with the text and URL, or the plain text, for the rest.
 */
export function citationLd(notes: readonly Note[]): Array<string | Record<string, unknown>> {
  return notes.map((note) => {
    const text = noteText(note.html);
    if (note.recognised) return cslToSchemaOrg(note.csl, text);
    return note.url ? { '@type': 'CreativeWork', name: text, url: note.url } : text;
  });
}

/** schema.org CorrectionComment: what was corrected, and when. */
export function correctionLd(correction: { text: string; date: string }): Record<string, unknown> {
  return { '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date };
}

/** schema.org NewsArticle for an article page. */
export function newsArticleLd(fields: {
  url: string;
  headline: string;
  description: string;
  authors: PersonRef[];
  datePublished: string | null;
  dateModified: string;
  publisher: string;
  logo: string;
  image: string;
  section: string | null;
  keywords: string[];
  language: string;
  notes: readonly Note[];
  /** Public corrections and updates; only corrections become `correction`. */
  corrections?: ReadonlyArray<{ kind: string; text: string; date: string }>;
  /** The genre chosen in the editor: picks the schema.org type (see `schemaOrgType`). */
  articleType?: ArticleType | null;
  /** publishingPrinciples, correctionsPolicy, ownershipFundingInfo of the publisher. */
  policies?: Record<string, string>;
}): Record<string, unknown> {
  const corrections = (fields.corrections ?? []).filter((c) => c.kind === 'correction');
  return {
    '@context': 'https://schema.org',
    ...schemaOrgType(fields.articleType ?? null),
    mainEntityOfPage: { '@type': 'WebPage', '@id': fields.url },
    url: fields.url,
    headline: fields.headline.slice(0, 110),
    description: fields.description,
    inLanguage: fields.language,
    author: fields.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    ...(fields.datePublished ? { datePublished: fields.datePublished } : {}),
    dateModified: fields.dateModified,
    publisher: { '@type': 'Organization', name: fields.publisher, logo: { '@type': 'ImageObject', url: fields.logo }, ...fields.policies },
    image: [fields.image],
    ...(fields.section ? { articleSection: fields.section } : {}),
    ...(fields.keywords.length ? { keywords: fields.keywords } : {}),
    citation: citationLd(fields.notes),
    ...(corrections.length ? { correction: corrections.map(correctionLd) } : {}),
  };
}

/** schema.org Person for an author page. */
export function personLd(person: PersonRef & { description: string }): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'Person', name: person.name, url: person.url, ...(person.description ? { description: person.description } : {}) };
}

/** schema.org CollectionPage for a section page. */
export function collectionPageLd(fields: { name: string; description: string; url: string }): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'CollectionPage', name: fields.name, description: fields.description, url: fields.url };
}
