import nql from '@tryghost/nql-lang';
import type { ArticleStatus } from './article.js';
import { invalid } from './errors.js';

// Ghost's `filter` parameter is NQL (`tag:news+featured:true`, `tag:[a,b]`, `slug:-x`).
// The syntax is parsed by Ghost's own grammar (@tryghost/nql-lang, which yields a Mongo-style
// query); this module keeps the part of it the Content API serves and says what it refused.

/** Filter fields that name a list an article is in: a tag (or section), an author, or its section. */
export type ListField = 'tag' | 'author' | 'primary_tag';

/** A filter over posts and pages, as the store applies it. */
export type ContentFilter =
  | { kind: 'and'; of: ContentFilter[] }
  | { kind: 'or'; of: ContentFilter[] }
  /** In (or, negated, in none of) the lists of these slugs. */
  | { kind: 'list'; field: ListField; slugs: string[]; negate: boolean }
  | { kind: 'featured'; value: boolean }
  /** The post's own slug or id is (not) one of these. */
  | { kind: 'field'; field: 'slug' | 'id'; values: string[]; negate: boolean }
  | { kind: 'published'; op: '<' | '<=' | '>' | '>='; value: string }
  /** Its status is (not) one of these: the Admin API's only (the Content API serves published posts alone). */
  | { kind: 'status'; values: ArticleStatus[]; negate: boolean };

/** A section or tag id as the Content API shows it: `section-3`, `tag-5` (sections are tags there). */
export const tagApiId = (tag: { kind: 'section' | 'tag'; id: number }): string => `${tag.kind}-${tag.id}`;

/** What can be filtered on, per resource. */
export const FILTER_FIELDS = {
  posts: ['tag', 'tags', 'tags.slug', 'author', 'authors', 'authors.slug', 'primary_tag', 'primary_tag.slug', 'featured', 'slug', 'id', 'published_at', 'visibility'],
  pages: ['featured', 'slug', 'id', 'published_at', 'visibility'],
  tags: ['slug', 'id', 'visibility'],
  authors: ['slug', 'id'],
  /** The Admin API's posts and pages: any status, so `status` too. */
  admin_posts: ['tag', 'tags', 'tags.slug', 'author', 'authors', 'authors.slug', 'primary_tag', 'primary_tag.slug', 'featured', 'slug', 'id', 'published_at', 'visibility', 'status'],
  admin_pages: ['featured', 'slug', 'id', 'published_at', 'visibility', 'status'],
} as const;

const STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled', 'published'];

/** The resources of the Content API that take a filter. */
export type FilterResource = keyof typeof FILTER_FIELDS;

const ALIASES: Record<string, string> = { tags: 'tag', 'tags.slug': 'tag', authors: 'author', 'authors.slug': 'author', 'primary_tag.slug': 'primary_tag' };
const MAX_FILTER_LENGTH = 1000;
/** Terms and values a filter may hold: each costs a look-up per listed article. */
const MAX_TERMS = 16;
const MAX_VALUES = 50;
const COMPARISONS: Record<string, '<' | '<=' | '>' | '>='> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

type Mongo = Record<string, unknown>;

const bad = (message: string) => invalid(message, 'filter');

/**
 * Parses a Ghost `filter` for `resource`: null when it matches everything (empty, or only
 * `visibility:public`, which all Dossier content is). Throws Invalid, field `filter`, for
 * bad syntax, unknown fields, unsupported operators and oversized filters.
 */
export function parseContentFilter(text: string, resource: FilterResource): ContentFilter | null {
  if (text.trim() === '') return null;
  if (text.length > MAX_FILTER_LENGTH) throw bad(`The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  let parsed: unknown;
  try {
    parsed = nql.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : '';
    throw bad(`The filter "${text}" is not valid NQL${detail ? ` (${detail})` : ''}; write it as field:value, joined with + (and) or , (or).`);
  }
  const counter = { terms: 0 };
  return simplify(toFilter(parsed, resource, counter));
}

function toFilter(node: unknown, resource: FilterResource, counter: { terms: number }): ContentFilter | 'all' {
  if (!node || typeof node !== 'object' || Array.isArray(node)) throw bad('The filter could not be read.');
  const entries = Object.entries(node as Mongo);
  if (entries.length !== 1) return { kind: 'and', of: entries.map(([k, v]) => toFilter({ [k]: v }, resource, counter)).filter(isFilter) };
  const [key, value] = entries[0]!;
  if (key === '$and' || key === '$or') {
    if (!Array.isArray(value)) throw bad('The filter could not be read.');
    const parts = value.map((part) => toFilter(part, resource, counter));
    if (key === '$or' && parts.includes('all')) return 'all';
    return { kind: key === '$and' ? 'and' : 'or', of: parts.filter(isFilter) };
  }
  if (++counter.terms > MAX_TERMS) throw bad(`The filter has more than ${MAX_TERMS} terms.`);
  return term(key, value, resource);
}

const isFilter = (part: ContentFilter | 'all'): part is ContentFilter => part !== 'all';

function term(rawField: string, value: unknown, resource: FilterResource): ContentFilter | 'all' {
  const allowed: readonly string[] = FILTER_FIELDS[resource];
  if (!allowed.includes(rawField)) {
    throw bad(`Unknown filter field "${rawField}" for ${resource.replace(/^admin_/, '')}; use one of: ${allowed.join(', ')}.`);
  }
  const field = ALIASES[rawField] ?? rawField;
  const { op, values } = operands(rawField, value);
  if (field === 'visibility') {
    if (op === 'in' && values.every((v) => v === 'public')) return 'all';
    throw bad('Only visibility:public is known: everything Dossier publishes is public.');
  }
  if (field === 'featured') {
    if (op !== 'in' || values.length !== 1 || typeof values[0] !== 'boolean') throw bad('featured takes true or false.');
    return { kind: 'featured', value: values[0] };
  }
  if (field === 'published_at') {
    const date = values[0];
    if (!(op in COMPARISONS) || typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
      throw bad("published_at takes a comparison with a date, e.g. published_at:>'2026-01-01'.");
    }
    return { kind: 'published', op: COMPARISONS[op]!, value: new Date(date).toISOString() };
  }
  if (op !== 'in' && op !== 'nin') throw bad(`${rawField} takes values, not a comparison (${op}).`);
  const texts = values.map((v) => String(v));
  if (field === 'status') {
    const unknown = texts.filter((v) => !(STATUSES as readonly string[]).includes(v));
    if (unknown.length > 0) throw bad(`Unknown status "${unknown[0]}"; use ${STATUSES.join(', ')}.`);
    return { kind: 'status', values: texts as ArticleStatus[], negate: op === 'nin' };
  }
  if (texts.some((v) => v.includes('\u0000') || v.length > 200)) throw bad(`A value of ${rawField} is not a slug.`);
  const negate = op === 'nin';
  if (field === 'slug' || field === 'id') return { kind: 'field', field, values: texts, negate };
  return { kind: 'list', field: field as ListField, slugs: texts, negate };
}

/** The operator of one term (`in`, `nin` or a Mongo comparison) and its values. */
function operands(field: string, value: unknown): { op: string; values: unknown[] } {
  if (value === null || typeof value !== 'object') return { op: 'in', values: [value] };
  const entries = Object.entries(value as Mongo);
  if (entries.length !== 1) throw bad(`${field} takes one operator.`);
  const [op, operand] = entries[0]!;
  if (op === '$regex' || op === '$not') throw bad(`${field} does not take ~ (contains) matches.`);
  if (op === '$ne') return { op: 'nin', values: [operand] };
  if (op === '$in' || op === '$nin') {
    if (!Array.isArray(operand) || operand.length === 0) throw bad(`${field} takes a list of values.`);
    if (operand.length > MAX_VALUES) throw bad(`${field} takes at most ${MAX_VALUES} values.`);
    return { op: op.slice(1), values: operand };
  }
  if (op in COMPARISONS) return { op, values: [operand] };
  throw bad(`${field} does not take the operator ${op.replace(/^\$/, '')}.`);
}

/** Flattens nested and/or of one kind and drops the empty ones; null when nothing is left. */
function simplify(filter: ContentFilter | 'all'): ContentFilter | null {
  if (filter === 'all') return null;
  if (filter.kind !== 'and' && filter.kind !== 'or') return filter;
  const of: ContentFilter[] = [];
  for (const part of filter.of) {
    const simple = simplify(part);
    if (simple === null) {
      // A part that matches everything makes an "or" match everything; in an "and" it drops out.
      if (filter.kind === 'or') return null;
      continue;
    }
    if (simple.kind === filter.kind) of.push(...(simple as { of: ContentFilter[] }).of);
    else of.push(simple);
  }
  if (of.length === 0) return null;
  return of.length === 1 ? of[0]! : { kind: filter.kind, of };
}
