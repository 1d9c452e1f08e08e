import type { Kysely, Selectable } from 'kysely';
import type { WebhookEvent } from '../../domain/webhooks.js';
import type { WebhookRepository } from '../../services/webhooks/ports.js';
import type { DB, WebhookDeliveriesTable, WebhooksTable } from '../schema.js';

const toWebhook = (row: Selectable<WebhooksTable>) => ({
  id: row.id, url: row.url, events: row.events.split(',').filter((e) => e !== '') as WebhookEvent[], secret: row.secret, active: row.active === 1, createdAt: row.created_at,
});

const toDelivery = (row: Selectable<WebhookDeliveriesTable>) => ({
  id: row.id, webhookId: row.webhook_id, event: row.event, url: row.url, attempt: row.attempt,
  statusCode: row.status_code, error: row.error, durationMs: row.duration_ms, createdAt: row.created_at,
});

/** Webhooks and their delivery log on Kysely (a site has a handful of webhooks: they are filtered here). */
export function webhooksRepo(db: Kysely<DB>): WebhookRepository {
  return {
    async insert(hook) {
      const row = await db.insertInto('webhooks').values({ url: hook.url, events: hook.events.join(','), secret: hook.secret, active: 1, created_at: hook.createdAt })
        .returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async list() {
      return (await db.selectFrom('webhooks').selectAll().orderBy('id').execute()).map(toWebhook);
    },
    async find(id) {
      const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toWebhook(row) : null;
    },
    async activeFor(event) {
      const rows = await db.selectFrom('webhooks').selectAll().where('active', '=', 1).orderBy('id').execute();
      return rows.map(toWebhook).filter((hook) => hook.events.includes(event));
    },
    async setActive(id, active) {
      const result = await db.updateTable('webhooks').set({ active: active ? 1 : 0 }).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async update(id, fields) {
      const values = {
        ...(fields.url !== undefined ? { url: fields.url } : {}),
        ...(fields.events !== undefined ? { events: fields.events.join(',') } : {}),
        ...(fields.secret !== undefined ? { secret: fields.secret } : {}),
      };
      if (Object.keys(values).length === 0) return (await db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
      const result = await db.updateTable('webhooks').set(values).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async remove(id) {
      // Its delivery log goes with it (on delete cascade, both engines).
      const result = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async addDelivery(d) {
      await db.insertInto('webhook_deliveries').values({
        webhook_id: d.webhookId, event: d.event, url: d.url, attempt: d.attempt, status_code: d.statusCode, error: d.error, duration_ms: d.durationMs, created_at: d.createdAt,
      }).execute();
    },
    async keepNewestDeliveries(webhookId, keep) {
      const oldestGone = await db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', webhookId)
        .orderBy('id', 'desc').limit(1).offset(keep).executeTakeFirst();
      if (oldestGone) await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', webhookId).where('id', '<=', oldestGone.id).execute();
    },
    async deliveries(filter) {
      let query = db.selectFrom('webhook_deliveries').selectAll();
      if (filter.webhookId !== undefined) query = query.where('webhook_id', '=', filter.webhookId);
      return (await query.orderBy('id', 'desc').limit(filter.limit).execute()).map(toDelivery);
    },
  };
}
