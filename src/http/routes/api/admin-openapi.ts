import { ALL_SCOPES, INTEGRATION_SCOPES, type IntegrationScope } from '../../../domain/integration-scopes.js';

// The Admin API's part of /api/openapi.json. Its paths are written in full
// (`/ghost/api/admin/posts/`) with a server of their own, beside the Content API's.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const text = { type: 'string' };
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errors = (codes: string[]) => Object.fromEntries(codes.map((code) => [code, { description: ERROR_TEXT[code]!, ...json(ref('Errors')) }]));
const ERROR_TEXT: Record<string, string> = {
  '400': 'BadRequestError: a malformed query or a body that is not JSON.',
  '401': 'UnauthorizedError: no token, a bad or expired one, or a revoked key.',
  '403': 'NoPermissionError: the key lacks the scope (named in `context`).',
  '404': 'NotFoundError.',
  '409': 'UpdateCollisionError: `updated_at` is not the current one (read again); ConflictError: a taken slug, or an author still the only one on posts (`property` reassign).',
  '422': 'ValidationError: the body does not fit the schema, or the write was refused (the field is in `property`).',
};

const rooted = (root: string, item: object) => ({ type: 'object', required: [root], properties: { [root]: { type: 'array', minItems: 1, maxItems: 1, items: item } } });
const list = (root: string, item: object) => ({ type: 'object', required: [root], properties: { [root]: { type: 'array', items: item }, meta: { type: 'object' } } });
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: text });
const slugParam = { name: 'slug', in: 'path', required: true, schema: text };
const pageParams = [
  { name: 'limit', in: 'query', description: '1 to 100, or `all` (100 a page). Default 15.', schema: { oneOf: [{ type: 'integer', minimum: 1 }, { const: 'all' }] } },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
];

function op(id: string, summary: string, tag: string, scope: IntegrationScope | null, extra: Record<string, unknown>) {
  const needs = scope ? ` Needs the scope \`${scope}\`.` : ' Any valid key.';
  return { operationId: id, summary, description: `${summary}.${needs}`, tags: [`admin: ${tag}`], security: [{ adminToken: [] }], ...extra };
}

/** What DELETE of one resource does, and the query parameters it takes beyond the id. */
type DeleteSpec = { summary: string; parameters?: object[]; conflict?: boolean };

const FILTER_PARAM = {
  name: 'filter', in: 'query',
  description: 'NQL, as in the Content API (tag, author, primary_tag, featured, slug, id, published_at; pages: featured, slug, id, published_at), plus `status` (draft, scheduled, published); `+` is and, `,` is or, `-` negates, `[a,b]` lists, e.g. `tag:water+status:[draft,scheduled]`. A tag that is a section matches the posts of its subsections too. An unknown field or bad syntax is a 400 (BadRequestError, property `filter`).',
  schema: { type: 'string', maxLength: 1000 },
};

/** Browse, read, add, edit and (given `del`) delete of one resource; `write` is the scope of its writes. */
function resource(root: string, schema: string, body: string, write: IntegrationScope, idText: string, withSlug: boolean, del: DeleteSpec | null, filter = false) {
  const base = `/ghost/api/admin/${root}`;
  const okList = { '200': { description: 'OK', ...json(list(root, ref(schema))) } };
  const okOne = (code = '200') => ({ [code]: { description: code === '201' ? 'Created' : 'OK', ...json(rooted(root, ref(schema))) } });
  const paths: Record<string, object> = {
    [`${base}/`]: {
      get: op(`admin${schema}Browse`, `Browse ${root}`, root, null, { parameters: filter ? [...pageParams, FILTER_PARAM] : pageParams, responses: { ...okList, ...errors(['400', '401']) } }),
      post: op(`admin${schema}Add`, `Add one of the ${root}`, root, write, { requestBody: { required: true, ...json(rooted(root, ref(body))) }, responses: { ...okOne('201'), ...errors(['400', '401', '403', '409', '422']) } }),
    },
    [`${base}/{id}/`]: {
      get: op(`admin${schema}Read`, `Read one of the ${root} by id`, root, null, { parameters: [idParam(idText)], responses: { ...okOne(), ...errors(['401', '404']) } }),
      put: op(`admin${schema}Edit`, `Edit one of the ${root}; fields left out are kept`, root, write, { parameters: [idParam(idText)], requestBody: { required: true, ...json(rooted(root, ref(body))) }, responses: { ...okOne(), ...errors(['400', '401', '403', '404', '409', '422']) } }),
      ...(del ? {
        delete: op(`admin${schema}Delete`, del.summary, root, write, {
          parameters: [idParam(idText), ...(del.parameters ?? [])],
          responses: { '204': { description: 'Deleted' }, ...errors(['400', '401', '403', '404', ...(del.conflict ? ['409'] : [])]) },
        }),
      } : {}),
    },
  };
  if (withSlug) paths[`${base}/slug/{slug}/`] = { get: op(`admin${schema}ReadBySlug`, `Read one of the ${root} by slug`, root, null, { parameters: [slugParam], responses: { ...okOne(), ...errors(['401', '404']) } }) };
  return paths;
}

const tagRef = { oneOf: [{ type: 'string', description: 'A name (a new tag is made when none has it).' }, { type: 'object', properties: { id: { type: 'string', description: '`tag-N`, or `section-N` to put the post in that section.' }, slug: text, name: text } }] };

/** The Content API's post with what the Admin API adds: any status (so no publication date yet), the Markdown body. */
function adminPostSchema(post: { properties: Record<string, unknown> }) {
  return {
    ...post,
    required: ['id', 'title', 'slug', 'status', 'markdown'],
    properties: {
      ...post.properties,
      published_at: nullable('string', { format: 'date-time' }),
      status: { enum: ['draft', 'published', 'scheduled'] }, markdown: { type: 'string', description: 'Dossier: the body as Markdown, with its notes as footnotes.' },
      section: nullable('string'), lint: { type: 'object', properties: { errors: { type: 'integer' }, warnings: { type: 'integer' } }, description: 'Dossier: what citation lint found.' },
      mobiledoc: { type: 'null' }, lexical: { type: 'null' },
    },
  };
}

const schemas = {
  PostWrite: {
    type: 'object', description: 'Fields Dossier does not keep (mobiledoc, visibility, codeinjection_head…) are ignored, so a post that was read can be sent back.',
    properties: {
      title: text, slug: text,
      markdown: { type: 'string', description: 'Dossier: Markdown with footnotes ([^1] … [^1]: note).' },
      html: { type: 'string', description: 'Read only with ?source=html: converted to Markdown, linked footnotes and plain [1] notes included.' },
      status: { enum: ['draft', 'published', 'scheduled'], description: 'Anything but draft, or changing a post that is not a draft, needs `posts:publish`.' },
      published_at: nullable('string', { format: 'date-time' }), custom_excerpt: nullable('string', { description: 'Dossier\'s dek.' }), featured: { type: 'boolean' },
      tags: { type: 'array', items: tagRef }, authors: { type: 'array', items: { oneOf: [{ type: 'string', description: 'A slug.' }, { type: 'object', properties: { id: text, slug: text } }] } },
      section: nullable('string', { description: 'Dossier: the section\'s slug (otherwise the first tag that is a section).' }),
      feature_image: nullable('string', { description: 'The address of an image uploaded with images/upload.' }), feature_image_alt: nullable('string'),
      feature_image_caption: nullable('string'), meta_title: nullable('string', { description: 'The SEO title.' }), meta_description: nullable('string', { description: 'The SEO description.' }),
      og_title: nullable('string'), og_description: nullable('string'), og_image: nullable('string', { description: 'An image uploaded with images/upload.' }),
      twitter_title: nullable('string'), twitter_description: nullable('string'), twitter_image: nullable('string', { description: 'An image uploaded with images/upload.' }),
      updated_at: { type: 'string', format: 'date-time', description: 'Required on edit: the post\'s current updated_at, or 409.' },
    },
  },
  TagWrite: { type: 'object', properties: { name: text, slug: text } },
  UserWrite: { type: 'object', properties: { name: text, slug: { type: 'string', description: 'Only when adding.' }, bio: nullable('string'), email: nullable('string', { format: 'email', description: 'Where comment notifications go; never shown.' }) } },
  Section: { type: 'object', required: ['id', 'name', 'slug', 'url'], properties: { id: { type: 'string', description: '`section-N`' }, name: text, slug: text, description: nullable('string'), parent: nullable('string'), url: { type: 'string', format: 'uri' }, section_path: { type: 'array', items: ref('SectionStep') } } },
  SectionWrite: { type: 'object', properties: { name: text, slug: text, description: nullable('string'), parent: nullable('string', { description: 'The parent section\'s slug, or null for the top level.' }) } },
  AdminComment: { type: 'object', required: ['id', 'status'], properties: { id: text, post_id: text, post_slug: text, parent_id: nullable('string'), status: { enum: ['pending', 'approved', 'spam', 'trash'] }, author_name: text, author_url: nullable('string'), html: text, created_at: { type: 'string', format: 'date-time' } } },
  CommentStatus: { type: 'object', required: ['status'], properties: { status: { enum: ['pending', 'approved', 'spam', 'trash'] } } },
};

/** The Admin API's paths, security scheme and schemas, to merge into the OpenAPI document at `siteUrl` (whose post schema it extends). */
export function adminApiParts(siteUrl: string, postSchema: { properties: Record<string, unknown> }) {
  const servers = [{ url: siteUrl.replace(/\/+$/, ''), description: 'The Admin API is also at /api/admin/.' }];
  const paths: Record<string, Record<string, unknown>> = {
    ...resource('posts', 'AdminPost', 'PostWrite', 'posts:write', 'The numeric id.', true, { summary: 'Delete one of the posts (a live one needs `posts:publish`)' }, true),
    ...resource('pages', 'AdminPost', 'PostWrite', 'posts:write', 'The numeric id.', true, { summary: 'Delete one of the pages (a live one needs `posts:publish`)' }, true),
    ...resource('tags', 'Tag', 'TagWrite', 'structure:write', '`tag-N` (sections are read here as `section-N`, written at /sections/).', true, {
      summary: 'Delete a tag: it leaves its posts (which stay), and /tag/SLUG then redirects home (301)',
    }),
    ...resource('users', 'Author', 'UserWrite', 'structure:write', 'The numeric id.', true, {
      summary: 'Delete an author: co-authored posts lose them from the byline; posts they wrote alone go to `reassign`, and without it the deletion is refused (409) while such posts exist (Ghost gives them to the owner; Dossier has no owner author). /author/SLUG then redirects to the heir’s page, or home (301)',
      parameters: [{ name: 'reassign', in: 'query', description: 'The slug of the author who takes over the posts the deleted one wrote alone.', schema: text }],
      conflict: true,
    }),
    ...resource('sections', 'Section', 'SectionWrite', 'structure:write', '`section-N`.', false, {
      summary: 'Delete a section: its posts and subsections move up to its parent (at the top level, posts are left without a section), and its address redirects there, or home (301)',
    }),
    '/ghost/api/admin/images/upload/': {
      post: op('adminImageUpload', 'Upload an image (JPEG, PNG, WebP, GIF or AVIF, up to 20 MB)', 'images', 'media:write', {
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, ref: text, purpose: text } } } } },
        responses: { '201': { description: 'Created', ...json({ type: 'object', properties: { images: { type: 'array', items: { type: 'object', properties: { url: { type: 'string', format: 'uri' }, ref: nullable('string') } } } } }) }, ...errors(['401', '403', '422']) },
      }),
    },
    '/ghost/api/admin/comments/': {
      get: op('adminCommentsBrowse', 'List comments for moderation, newest first', 'comments', 'comments:moderate', {
        parameters: [{ name: 'status', in: 'query', schema: { enum: ['pending', 'approved', 'spam', 'trash'] } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } }],
        responses: { '200': { description: 'OK', ...json(list('comments', ref('AdminComment'))) }, ...errors(['400', '401', '403']) },
      }),
    },
    '/ghost/api/admin/comments/{id}/': {
      put: op('adminCommentModerate', 'Approve, spam, trash or send back to pending one comment', 'comments', 'comments:moderate', {
        parameters: [idParam('The numeric id.')], requestBody: { required: true, ...json(rooted('comments', ref('CommentStatus'))) },
        responses: { '200': { description: 'OK', ...json(rooted('comments', ref('CommentStatus'))) }, ...errors(['401', '403', '404', '422']) },
      }),
    },
    '/ghost/api/admin/links/': {
      get: op('adminLinkHealth', 'The link health report: every cited link\'s last check, per post, worst first', 'links', 'links:read', {
        responses: { '200': { description: 'OK', ...json({ type: 'object', required: ['links'], properties: { links: { type: 'object', properties: { generated_at: text, site: { type: 'object' }, posts: { type: 'array', items: { type: 'object' } } } } } }) }, ...errors(['401', '403']) },
      }),
    },
    '/ghost/api/admin/site/': {
      get: {
        operationId: 'adminSite', summary: 'The site, as Ghost\'s /site/ answers (no key needed)', tags: ['admin: site'], security: [],
        responses: { '200': { description: 'OK', ...json({ type: 'object', properties: { site: { type: 'object', properties: { title: text, description: text, url: { type: 'string', format: 'uri' }, version: text } } } }) } },
      },
    },
  };
  for (const path of Object.values(paths)) path['servers'] = servers;
  const scopes = ALL_SCOPES.map((s) => `\`${s}\` (${INTEGRATION_SCOPES[s]})`).join(', ');
  return {
    paths,
    securityScheme: {
      type: 'apiKey', in: 'header', name: 'Authorization',
      description: `\`Ghost <JWT>\`: a token signed HS256 with the hex-decoded secret of an integration key (\`id:secret\`), kid = the key id, aud = /admin/, at most five minutes long. Create keys with \`dossier token add NAME --scope …\` or in Settings → Admin API integrations. Scopes: ${scopes}.`,
    },
    schemas: { AdminPost: adminPostSchema(postSchema), ...schemas },
  };
}
