import type { Command } from 'commander';
import { z } from 'zod';
import { COMMENT_STATUSES, type CommentStatus } from '../../domain/comment.js';
import { id, oneOf, parseOptions, slug, wholeNumber } from '../parse-options.js';
import { withSite } from '../with-site.js';

/** Comment ids as `dossier comments list` shows them. */
const commentIds = z.array(id('comment')).min(1);

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** `dossier comments list|approve|spam|trash|open|close`: moderate reader comments. */
export function commentsCommand(program: Command): void {
  const comments = program.command('comments').description('moderate reader comments');

  comments
    .command('list')
    .description('list comments, newest first')
    .option('--status <status>', `only comments with this status (${COMMENT_STATUSES.join(', ')})`)
    .option('--limit <n>', 'how many (1 to 10000)', '100')
    .option('--json', 'print a JSON array of {id, article, parent, author, status, body, createdAt}')
    .action(async (raw: { status?: string; limit: string; json?: boolean }, command: Command) => {
      const options = parseOptions({ status: oneOf(COMMENT_STATUSES).optional(), limit: wholeNumber(1, 10_000) }, raw);
      await withSite(command, async (site) => {
        const list = await site.services.comments.list({ status: options.status, limit: options.limit });
        if (raw.json) {
          const rows = list.map((c) => ({ id: c.id, article: c.articleSlug, parent: c.parentId, author: c.authorName, status: c.status, body: c.body, createdAt: c.createdAt }));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (list.length === 0) process.stdout.write('No comments.\n');
        for (const c of list) {
          const reply = c.parentId ? ` reply to #${c.parentId}` : '';
          process.stdout.write(`#${c.id} ${c.status} ${c.createdAt} on ${c.articleSlug}${reply} by ${oneLine(c.authorName, 40)} <${c.authorEmail}>: ${oneLine(c.body, 80)}\n`);
        }
      });
    });

  const verbs: Array<[string, CommentStatus, string]> = [
    ['approve', 'approved', 'publish comments'],
    ['spam', 'spam', 'mark comments as spam (hidden)'],
    ['trash', 'trash', 'move comments to the trash (hidden)'],
  ];
  for (const [verb, status, description] of verbs) {
    comments
      .command(`${verb} <ids...>`)
      .description(`${description}; all or none`)
      .action(async (ids: string[], _options: unknown, command: Command) => {
        const wanted = parseOptions({ ID: commentIds }, { ID: ids }).ID;
        await withSite(command, async (site) => {
          const done = await site.services.comments.setStatus(wanted, status);
          process.stdout.write(`${status === 'approved' ? 'Approved' : status === 'spam' ? 'Marked as spam' : 'Trashed'}: ${done.map((id) => `#${id}`).join(', ')}.\n`);
        });
      });
  }

  for (const [verb, open] of [['open', true], ['close', false]] as const) {
    comments
      .command(`${verb} <article-slug>`)
      .description(`${open ? 'open' : 'close'} one article to new comments`)
      .action(async (rawSlug: string, _options: unknown, command: Command) => {
        const { 'ARTICLE-SLUG': article } = parseOptions({ 'ARTICLE-SLUG': slug }, { 'ARTICLE-SLUG': rawSlug });
        await withSite(command, async (site) => {
          await site.services.comments.setOpen(article, open);
          process.stdout.write(`Comments on ${article} are ${open ? 'open' : 'closed'}.\n`);
        });
      });
  }
}
