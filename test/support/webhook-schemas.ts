import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { TestSite } from './site.js';

type Document = {
  webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>;
  components: { schemas: Record<string, object> };
};

/** Checks a delivery's raw body against the site's /api/openapi.json `webhooks` entry for its event. */
export async function webhookSchemaCheck(site: TestSite): Promise<(body: string) => void> {
  const doc = (await site.inject('/api/openapi.json')).json() as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
  return (body) => {
    const parsed = JSON.parse(body) as { event: string };
    const entry = doc.webhooks[parsed.event];
    assert.ok(entry, `the document describes the ${parsed.event} webhook`);
    const validate = ajv.compile(entry.post.requestBody.content['application/json'].schema);
    assert.ok(validate(parsed), `${parsed.event}: ${JSON.stringify(validate.errors, null, 2)}`);
  };
}
