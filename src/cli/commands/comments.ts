import { Option, type Command } from 'commander';
import { COMMENT_STATUSES, type CommentStatus } from '../../domain/comment.js';
import { invalid } from '../../domain/errors.js';
import { withSite } from '../with-site.js';

function parseIds(raw: string[]): number[] {
  return raw.map((text) => {
    if (!/^\d{1,12}$/.test(text)) throw invalid(`"${text}" is not a comment id (a number, as \`dossier comments list\` shows).`, 'ids');
    return Number(text);
  });
}

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
    .addOption(new Option('--status <status>', 'only comments with this status').choices([...COMMENT_STATUSES]))
    .option('--limit <n>', 'how many', '100')
    .option('--json', 'print a JSON array of {id, article, parent, author, status, body, createdAt}')
    .action(async (options: { status?: CommentStatus; limit: string; json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const list = await site.services.comments.list({ status: options.status, limit: Number(options.limit) || 100 });
        if (options.json) {
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
        const wanted = parseIds(ids);
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
      .action(async (slug: string, _options: unknown, command: Command) => {
        await withSite(command, async (site) => {
          await site.services.comments.setOpen(slug, open);
          process.stdout.write(`Comments on ${slug} are ${open ? 'open' : 'closed'}.\n`);
        });
      });
  }
}
