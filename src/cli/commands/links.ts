import type { Command } from 'commander';
import { parseOptions, slug } from '../parse-options.js';
import { withSite } from '../with-site.js';
import { checkJson, checkSummary, reportText, resultLine, snapshotsText } from './links-output.js';

/** `dossier links check|report|snapshots`: the health of cited links, and our page copies. */
export function linksCommand(program: Command): void {
  const links = program.command('links').description('check cited links, report their health, list page copies');

  links
    .command('check')
    .description('check every URL published articles cite now (robots.txt respected, two requests per host at a time)')
    .option('--article <slug>', 'only the links of this article, draft or published')
    .option('--json', 'print JSON')
    .action(async (options: { article?: string; json?: boolean }, command: Command) => {
      const { article } = parseOptions({ article: slug.optional() }, options);
      await withSite(command, async (site) => {
        const started = Date.now();
        const tty = !options.json && process.stdout.isTTY === true;
        const { default: cliProgress } = await import('cli-progress');
        const bar = tty ? new cliProgress.SingleBar({ format: 'Checking links [{bar}] {value}/{total} {url}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
        let done = 0;
        let total = 0;
        const report = await site.services.sources.check({
          articleSlug: article,
          onStart: (n) => {
            total = n;
            bar?.start(n, 0, { url: '' });
          },
          onResult: (result) => {
            done += 1;
            if (bar) bar.increment({ url: result.link.url.slice(0, 60) });
            else if (!options.json) process.stdout.write(`[${done}/${total}] ${resultLine(result)}\n`);
          },
        });
        bar?.stop();
        const elapsed = Date.now() - started;
        process.stdout.write(options.json ? `${JSON.stringify(checkJson(report, elapsed), null, 2)}\n` : `${done ? '\n' : ''}${checkSummary(report, elapsed)}`);
      });
    });

  links
    .command('report')
    .description('counts by status, site-wide and per article, worst first (from the last checks)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const report = await site.services.sources.report();
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
      });
    });

  links
    .command('snapshots')
    .description('our own copies of cited pages (kept on publish when snapshotOnPublish is on)')
    .option('--article <slug>', 'only the pages this article cites')
    .option('--json', 'print JSON')
    .action(async (options: { article?: string; json?: boolean }, command: Command) => {
      const { article } = parseOptions({ article: slug.optional() }, options);
      await withSite(command, async (site) => {
        const list = await site.services.sources.snapshots({ articleSlug: article });
        process.stdout.write(options.json ? `${JSON.stringify(list, null, 2)}\n` : snapshotsText(list));
      });
    });
}
