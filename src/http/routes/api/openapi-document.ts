import { FILTER_FIELDS } from '../../../domain/content-filter.js';
import { DEFAULT_LIMIT, FORMATS, INCLUDES, MAX_LIMIT, type Resource } from './content-api.schema.js';

// The OpenAPI 3.1 description of the Content API, written from the same constants the
// route schemas use (limits, includes, formats, filter fields), so the two cannot drift.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });
const text = { type: 'string' };
const dateTime = { type: 'string', format: 'date-time' };

const errorResponses = {
  '400': { description: 'A parameter is malformed (its name is in `property`).', content: { 'application/json': { schema: ref('Errors') } } },
  '401': { description: 'The key is unknown or revoked.', content: { 'application/json': { schema: ref('Errors') } } },
  '403': { description: 'No key was sent.', content: { 'application/json': { schema: ref('Errors') } } },
  '404': { description: 'Nothing public has that id or slug.', content: { 'application/json': { schema: ref('Errors') } } },
};

const param = (name: string, description: string, schema: Record<string, unknown> = text, where = 'query', required = false) => ({ name, in: where, required, description, schema });

function browseParams(resource: Resource) {
  return [
    { $ref: '#/components/parameters/key' },
    param('limit', `Items a page, 1 to ${MAX_LIMIT} (larger asks get ${MAX_LIMIT}), or \`all\` (${MAX_LIMIT} a page). Default ${DEFAULT_LIMIT}.`, { oneOf: [{ type: 'integer', minimum: 1 }, { const: 'all' }] }),
    param('page', 'Page number, from 1.', { type: 'integer', minimum: 1, default: 1 }),
    param('include', `Comma-separated: ${INCLUDES[resource].join(', ')}.`),
    param('fields', 'Comma-separated top-level fields to keep.'),
    param('filter', `NQL (Ghost's filter language) over: ${FILTER_FIELDS[resource].join(', ')}; terms joined with + (and) and , (or), negated with -, lists in [ ].`),
    ...(resource === 'posts' || resource === 'pages'
      ? [param('formats', `Comma-separated: ${FORMATS.join(', ')}. Default html.`), param('order', 'published_at desc (default) or published_at asc.')]
      : [param('order', `name or slug, then asc (default) or desc. Without it: ${resource === 'tags' ? 'sections in site order, then tags by slug' : 'by slug'}.${resource === 'tags' ? ' Sections always come before tags.' : ''}`)]),
  ];
}

function readParams(resource: Resource, by: 'id' | 'slug') {
  const kept = browseParams(resource).filter((p) => !('name' in p) || ['include', 'fields', 'formats'].includes(p.name));
  return [param(by, by === 'id' ? 'The id a browse shows.' : 'The slug.', text, 'path', true), ...kept];
}

function resourcePaths(resource: Resource, schema: string, summary: string) {
  const list = { type: 'object', required: [resource, 'meta'], properties: { [resource]: { type: 'array', items: ref(schema) }, meta: { type: 'object', properties: { pagination: ref('Pagination') } } } };
  const one = { type: 'object', required: [resource], properties: { [resource]: { type: 'array', minItems: 1, maxItems: 1, items: ref(schema) } } };
  const ok = (schemaOf: object) => ({ '200': { description: 'OK', content: { 'application/json': { schema: schemaOf } } }, ...errorResponses });
  return {
    [`/${resource}/`]: { get: { operationId: `browse${schema}s`, summary: `Browse ${summary}`, tags: [resource], parameters: browseParams(resource), responses: ok(list) } },
    [`/${resource}/{id}/`]: { get: { operationId: `read${schema}ById`, summary: `Read one of the ${summary} by id`, tags: [resource], parameters: readParams(resource, 'id'), responses: ok(one) } },
    [`/${resource}/slug/{slug}/`]: { get: { operationId: `read${schema}BySlug`, summary: `Read one of the ${summary} by slug`, tags: [resource], parameters: readParams(resource, 'slug'), responses: ok(one) } },
  };
}

const tagSchema = {
  type: 'object',
  required: ['id', 'name', 'slug', 'url'],
  properties: {
    id: { type: 'string', description: '`section-N` for a section, `tag-N` for a tag.' },
    name: text, slug: text, description: nullable('string'), feature_image: nullable('string'), visibility: { const: 'public' },
    url: { type: 'string', format: 'uri' },
    count: { type: 'object', properties: { posts: { type: 'integer' } }, description: 'With include=count.posts.' },
    dossier_kind: { enum: ['section', 'tag'], description: 'Dossier: whether this tag is a section or a free tag.' },
    section_path: { type: 'array', items: ref('SectionStep'), description: 'Dossier: a section\'s path from the top down.' },
  },
};

const postSchema = {
  type: 'object',
  required: ['id', 'uuid', 'title', 'slug', 'url'],
  properties: {
    id: text, uuid: { type: 'string', format: 'uuid' }, title: text, slug: text,
    html: { type: 'string', description: 'Unless formats leaves it out.' },
    plaintext: { type: 'string', description: 'With formats=plaintext.' },
    feature_image: nullable('string', { format: 'uri' }), feature_image_alt: nullable('string'), feature_image_caption: nullable('string'), featured: { type: 'boolean' },
    meta_title: nullable('string', { description: 'The SEO title set in the editor (the page\'s <title>).' }), meta_description: nullable('string'),
    og_title: nullable('string'), og_description: nullable('string'), og_image: nullable('string', { format: 'uri' }),
    twitter_title: nullable('string'), twitter_description: nullable('string'), twitter_image: nullable('string', { format: 'uri' }),
    visibility: { const: 'public' }, created_at: dateTime, updated_at: dateTime, published_at: dateTime,
    custom_excerpt: nullable('string'), excerpt: text, reading_time: { type: 'integer', minimum: 1 },
    url: { type: 'string', format: 'uri' },
    tags: { type: 'array', items: ref('Tag'), description: 'With include=tags; the section comes first.' },
    primary_tag: { oneOf: [ref('Tag'), { type: 'null' }], description: 'With include=tags: the post\'s section.' },
    authors: { type: 'array', items: ref('Author'), description: 'With include=authors, in byline order.' },
    primary_author: { oneOf: [ref('Author'), { type: 'null' }] },
    section_path: { type: 'array', items: ref('SectionStep'), description: 'Dossier: the section from the top down.' },
    references: { type: 'array', items: ref('Reference'), description: 'Dossier: the notes, on reads and with include=references.' },
    article_type: { enum: ['news', 'opinion', 'analysis', 'explainer', 'fact-check', null], description: 'Dossier: the article type chosen in the editor, null for none.' },
  },
};

/** The OpenAPI document of the Content API at `siteUrl`. */
export function contentApiDocument(siteUrl: string, version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier Content API',
      version,
      description: 'Read-only, public content in the shapes of Ghost 5\'s Content API, so Ghost\'s clients (@tryghost/content-api) read Dossier. Every request needs `?key=` (create one with `dossier key add NAME`). Only published content appears.',
    },
    servers: [{ url: `${siteUrl.replace(/\/+$/, '')}/ghost/api/content` }, { url: `${siteUrl.replace(/\/+$/, '')}/api/content` }],
    security: [{ contentKey: [] }],
    paths: {
      ...resourcePaths('posts', 'Post', 'posts'),
      ...resourcePaths('pages', 'Page', 'standalone pages'),
      ...resourcePaths('tags', 'Tag', 'tags (sections first, then tags)'),
      ...resourcePaths('authors', 'Author', 'authors'),
      '/settings/': {
        get: {
          operationId: 'readSettings', summary: 'The site\'s settings', tags: ['settings'], parameters: [{ $ref: '#/components/parameters/key' }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('SettingsAnswer') } } }, ...errorResponses },
        },
      },
    },
    components: {
      securitySchemes: { contentKey: { type: 'apiKey', in: 'query', name: 'key' } },
      parameters: { key: param('key', 'A Content API key (26 hex digits).', { type: 'string', pattern: '^[0-9a-f]{26}$' }, 'query', true) },
      schemas: {
        Post: postSchema,
        Page: postSchema,
        Tag: tagSchema,
        Author: {
          type: 'object', required: ['id', 'name', 'slug', 'url'],
          properties: { id: text, name: text, slug: text, bio: nullable('string'), profile_image: nullable('string'), url: { type: 'string', format: 'uri' }, count: { type: 'object', properties: { posts: { type: 'integer' } } } },
        },
        SectionStep: { type: 'object', required: ['id', 'slug', 'name', 'url'], properties: { id: text, slug: text, name: text, url: { type: 'string', format: 'uri' } } },
        Reference: {
          type: 'object', required: ['number', 'html', 'text'],
          properties: {
            number: { type: 'integer' }, label: text, html: text, text, url: nullable('string'), accessed: nullable('string', { format: 'date' }), ibid_of: nullable('integer'),
            link_status: { type: ['string', 'null'], enum: ['ok', 'redirected', 'dead', 'soft-404', 'paywalled', 'timeout', 'blocked', 'refused', 'error', 'unchecked', null], description: 'The cited link\'s last check; null without a link.' },
            archive_url: nullable('string', { format: 'uri' }), archive_captured_at: nullable('string'),
          },
        },
        Pagination: {
          type: 'object', required: ['page', 'limit', 'pages', 'total', 'next', 'prev'],
          properties: { page: { type: 'integer' }, limit: { oneOf: [{ type: 'integer' }, { const: 'all' }] }, pages: { type: 'integer' }, total: { type: 'integer' }, next: nullable('integer'), prev: nullable('integer') },
        },
        SettingsAnswer: {
          type: 'object', required: ['settings', 'meta'],
          properties: {
            settings: {
              type: 'object', required: ['title', 'description', 'url'],
              properties: {
                title: text, description: text, lang: text, locale: text, timezone: text, url: { type: 'string', format: 'uri' },
                navigation: { type: 'array', items: { type: 'object', properties: { label: text, url: text } } },
                secondary_navigation: { type: 'array', items: { type: 'object', properties: { label: text, url: text } } },
              },
            },
            meta: { type: 'object' },
          },
        },
        Errors: {
          type: 'object', required: ['errors'],
          properties: {
            errors: {
              type: 'array', minItems: 1,
              items: { type: 'object', required: ['message', 'type'], properties: { message: text, context: nullable('string'), type: text, property: nullable('string'), id: text } },
            },
          },
        },
      },
    },
  };
}
