import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { parseWebhookEvents, parseWebhookSecret, parseWebhookUrl, WEBHOOK_EVENTS, type WebhookDelivery } from '../../domain/webhooks.js';
import { id, parseOptions } from '../parse-options.js';
import { withSite } from '../with-site.js';

/** One line of the delivery log: when, webhook, event, attempt, outcome, time taken. */
function deliveryLine(d: WebhookDelivery): string {
  const outcome = d.error ?? (d.statusCode === null ? 'no answer' : `HTTP ${d.statusCode}`);
  return `${d.createdAt} #${d.webhookId} ${d.event} attempt ${d.attempt}: ${outcome} in ${d.durationMs} ms (${d.url})\n`;
}

/** `dossier webhook add|list|update|remove|deliveries`: signed POSTs to other systems when things happen on the site. */
export function webhookCommand(program: Command): void {
  const webhook = program.command('webhook').description(`webhooks: signed JSON POSTs on ${WEBHOOK_EVENTS.join(', ')}`);

  webhook
    .command('add <url>')
    .description('send events to URL; prints the signing secret (shown this once)')
    .requiredOption('--events <list>', `comma-separated events: ${WEBHOOK_EVENTS.join(',')}`)
    .action(async (rawUrl: string, options: { events: string }, command: Command) => {
      // Checked before the database is opened: a typo changes nothing.
      const url = parseWebhookUrl(rawUrl);
      const events = parseWebhookEvents(options.events);
      await withSite(command, async (site) => {
        const added = await site.services.webhooks.add({ url, events });
        process.stdout.write(`Webhook #${added.id} sends ${added.events.join(', ')} to ${added.url}\n`);
        process.stdout.write(`Signing secret (shown once; keep it where the receiver can check X-Dossier-Signature): ${added.secret}\n`);
      });
    });

  webhook
    .command('list')
    .description('list webhooks (without their secrets)')
    .option('--json', 'print a JSON array of {id, url, events, active, createdAt}')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const hooks = await site.services.webhooks.list();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(hooks, null, 2)}\n`);
          return;
        }
        if (hooks.length === 0) process.stdout.write('No webhooks. Add one with `dossier webhook add URL --events article.published`.\n');
        for (const h of hooks) process.stdout.write(`#${h.id} ${h.url} ${h.events.join(',')}${h.active ? '' : ' (off)'} created ${h.createdAt}\n`);
      });
    });

  webhook
    .command('update <id>')
    .description('change a webhook\'s address, events or signing secret; deliveries still queued follow the change')
    .option('--url <url>', 'the new address')
    .option('--events <list>', `the new comma-separated events: ${WEBHOOK_EVENTS.join(',')}`)
    .option('--secret <secret>', 'a signing secret of your own (16 to 200 visible characters)')
    .option('--new-secret', 'make a new signing secret and print it (shown this once)')
    .action(async (rawId: string, options: { url?: string; events?: string; secret?: string; newSecret?: boolean }, command: Command) => {
      // Every option is checked before the database is opened: a typo changes nothing.
      const { ID } = parseOptions({ ID: id('webhook') }, { ID: rawId });
      if (options.secret !== undefined && options.newSecret) throw invalid('Give --secret or --new-secret, not both.', 'secret');
      if (options.url === undefined && options.events === undefined && options.secret === undefined && !options.newSecret) {
        throw invalid('Nothing to change: give --url, --events, --secret or --new-secret.', 'url');
      }
      const change = {
        ...(options.url !== undefined ? { url: parseWebhookUrl(options.url) } : {}),
        ...(options.events !== undefined ? { events: parseWebhookEvents(options.events) } : {}),
        ...(options.secret !== undefined ? { secret: parseWebhookSecret(options.secret) } : options.newSecret ? { secret: 'new' } : {}),
      };
      await withSite(command, async (site) => {
        const { hook, secret } = await site.services.webhooks.update(ID, change);
        process.stdout.write(`Webhook #${hook.id} sends ${hook.events.join(', ')} to ${hook.url}${hook.active ? '' : ' (off)'}\n`);
        if (secret && options.newSecret) process.stdout.write(`New signing secret (shown once; give it to the receiver): ${secret}\n`);
        else if (secret) process.stdout.write('Its signing secret is now the one given.\n');
      });
    });

  webhook
    .command('remove <id>')
    .description('remove a webhook and its delivery log; deliveries still queued are dropped')
    .action(async (rawId: string, _options: unknown, command: Command) => {
      const { ID } = parseOptions({ ID: id('webhook') }, { ID: rawId });
      await withSite(command, async (site) => {
        await site.services.webhooks.remove(ID);
        process.stdout.write(`Removed webhook #${ID}.\n`);
      });
    });

  webhook
    .command('deliveries [id]')
    .description('the delivery log, newest first: of one webhook, or of all')
    .option('--limit <n>', 'how many attempts to show', '50')
    .option('--json', 'print a JSON array of attempts')
    .action(async (rawId: string | undefined, options: { limit: string; json?: boolean }, command: Command) => {
      const { ID, limit } = parseOptions({ ID: id('webhook').optional(), limit: id('count') }, { ID: rawId, limit: options.limit });
      await withSite(command, async (site) => {
        const log = await site.services.webhooks.deliveries({ ...(ID !== undefined ? { webhookId: ID } : {}), limit: Math.min(limit, 1000) });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
          return;
        }
        if (log.length === 0) process.stdout.write('No deliveries yet.\n');
        for (const d of log) process.stdout.write(deliveryLine(d));
      });
    });
}
