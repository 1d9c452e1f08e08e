import { WEBHOOK_EVENTS, type WebhookEvent } from '../../../domain/webhooks.js';

// The webhooks' part of /api/openapi.json: OpenAPI 3.1's top-level `webhooks`, one POST per
// event as a subscriber receives it, and the payloads as schemas. Webhooks are managed in
// Settings → Webhooks and with `dossier webhook` (no API endpoint manages them).

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const text = { type: 'string' };
const time = { type: 'string', format: 'date-time' };
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });
const object = (required: string[], properties: Record<string, unknown>, description?: string) =>
  ({ type: 'object', required, properties, ...(description ? { description } : {}) });
const named = object(['slug', 'name'], { slug: text, name: text });
const address = { path: { type: 'string', description: 'The public path on the site.' }, url: { type: 'string', format: 'uri', description: 'The site address followed by `path`.' } };

const schemas = {
  WebhookArticle: object(['id', 'slug', 'title', 'status', 'path', 'url', 'updated_at', 'authors', 'tags'], {
    id: { type: 'integer' }, slug: text, title: text, dek: nullable('string'), excerpt: nullable('string'),
    status: { enum: ['draft', 'scheduled', 'published'] }, ...address, published_at: nullable('string', { format: 'date-time' }), updated_at: time,
    authors: { type: 'array', items: named }, tags: { type: 'array', items: named },
  }, 'An article as subscribers are told of it: never its body.'),
  WebhookArticleRef: object(['id', 'slug', 'title', 'path', 'url'], { id: { type: 'integer' }, slug: text, title: text, ...address }),
  WebhookComment: object(['id', 'parent_id', 'author_name', 'body', 'status', 'created_at'], {
    id: { type: 'integer' }, parent_id: nullable('integer'), author_name: text, author_url: nullable('string'), body: { type: 'string', description: 'The comment as written (plain text).' },
    status: { enum: ['pending', 'approved', 'spam', 'trash'] }, created_at: time,
  }, 'A new comment, without the commenter\u2019s email or network address.'),
  WebhookLink: object(['url', 'articles'], {
    url: { type: 'string', format: 'uri' }, http_status: nullable('integer'), reason: nullable('string'),
    first_failure_at: nullable('string', { format: 'date-time' }), last_checked_at: nullable('string', { format: 'date-time' }),
    archive_url: nullable('string', { description: 'The archived copy readers are sent to, when one was found.' }),
    articles: { type: 'array', items: ref('WebhookArticleRef'), description: 'The published articles that cite it.' },
  }, 'A cited link the link checker has just called dead.'),
};

/** What each event's `data` holds. */
const DATA: Record<WebhookEvent, { summary: string; data: object }> = {
  'article.published': { summary: 'An article went live (published now, or its scheduled time came).', data: object(['article'], { article: ref('WebhookArticle') }) },
  'article.updated': { summary: 'A live article changed (its text, title, tags, bylines or a correction).', data: object(['article'], { article: ref('WebhookArticle') }) },
  'article.unpublished': { summary: 'A live article left the site (back to draft, or deleted).', data: object(['article'], { article: ref('WebhookArticle') }) },
  'comment.created': { summary: 'A reader posted a comment (any status: held ones too).', data: object(['comment', 'article'], { comment: ref('WebhookComment'), article: ref('WebhookArticleRef') }) },
  'link.dead': { summary: 'The link checker first called a cited link dead.', data: object(['link'], { link: ref('WebhookLink') }) },
};

const header = (name: string, description: string, schema: object = text) => ({ name, in: 'header', required: true, description, schema });

/** OpenAPI's `webhooks` (one per event) and the schemas of their payloads, to merge into the document. */
export function webhookParts() {
  const webhooks = Object.fromEntries(WEBHOOK_EVENTS.map((event) => {
    const envelope = `Webhook${event.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}`;
    return [event, {
      post: {
        operationId: `webhook_${event.replace('.', '_')}`, summary: DATA[event].summary, tags: ['webhooks'],
        description: `${DATA[event].summary} Sent as a JSON POST to every active webhook subscribed to \`${event}\`; an answer other than 2xx (or none within 10 s) is retried, 5 attempts in all over about 45 minutes.`,
        parameters: [
          header('X-Dossier-Event', 'The event\'s name.', { const: event }),
          header('X-Dossier-Delivery', 'The delivery\'s id: the same on every attempt of one delivery.'),
          header('X-Dossier-Timestamp', 'Unix seconds when this attempt was signed.'),
          header('X-Dossier-Signature', '`sha256=` and the hex HMAC-SHA256, keyed with the webhook\'s secret, of `<timestamp>.<raw body>`; compare in constant time and refuse old timestamps.', { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' }),
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref(envelope) } } },
        responses: { '200': { description: 'Any 2xx counts as received.' } },
      },
    }];
  }));
  const envelopes = Object.fromEntries(WEBHOOK_EVENTS.map((event) => [
    `Webhook${event.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}`,
    object(['event', 'created_at', 'data'], { event: { const: event }, created_at: { ...time, description: 'When it happened (the same on every attempt).' }, data: DATA[event].data }),
  ]));
  return { webhooks, schemas: { ...schemas, ...envelopes } };
}
