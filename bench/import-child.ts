// Runs one WordPress import in its own process, so its peak memory (maxRSS) is its own.
import { createReadStream } from 'node:fs';
import { openSite } from '../src/main.js';

const [file, db] = process.argv.slice(2) as [string, string];
const site = await openSite({ engine: 'sqlite', path: db });
const started = performance.now();
async function* chunks() {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) yield chunk as string;
}
const summary = await site.services.transfer.imports.wordpress({ file, chunks: chunks() });
const ms = performance.now() - started;
await site.close();
process.stdout.write(JSON.stringify({ ms, posts: summary.kinds['articles']?.created ?? 0, comments: summary.kinds['comments']?.created ?? 0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
