import type { Generated } from 'kysely';

// Tables of the integrations around the site: webhooks, Admin API keys, archive captures.
/** A webhook: events (comma-separated) POSTed, signed with `secret`, to `url` while active (1). */
export interface WebhooksTable {
  id: Generated<number>;
  url: string;
  events: string;
  secret: string;
  active: Generated<number>;
  created_at: string;
}

/** One delivery attempt of a webhook. */
export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  url: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  created_at: string;
}

/** An Admin API integration key: the app it is for, its scopes, and whether it still works. */
export interface IntegrationTokensTable {
  id: Generated<number>;
  name: string;
  /** 24 hex digits: the public half of the key, sent as the token's `kid`. */
  key_id: string;
  /** 64 hex digits: signs the app's tokens (HS256 over the decoded bytes). */
  secret: string;
  /** Comma-separated scopes (`posts:write,media:write`). */
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The latest Save Page Now request for a cited link (migration 015). */
export interface LinkCapturesTable {
  url: string;
  /** pending | captured | failed */
  status: string;
  job_id: string | null;
  requested_at: string;
  updated_at: string;
  snapshot_url: string | null;
  captured_at: string | null;
  error: string | null;
}
