// Runs one import in its own process, so its peak memory (maxRSS) is its own. Arguments:
// KIND FILE DATABASE_URL (sqlite:PATH or postgres://…, with ?schema= for a fresh schema).
// Runs the built code (dist/) when BENCH_IMPORT_BUILT=1, as `dossier import` does.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatabaseTarget } from '../src/config/database-url.js';
import type * as Main from '../src/main.js';
import type * as MarkdownFile from '../src/importers/markdown/read-markdown-file.js';

const [kind, file, url] = process.argv.slice(2) as [string, string, string];
const { openSite } = (await import(process.env['BENCH_IMPORT_BUILT'] === '1' ? '../dist/main.js' : '../src/main.js')) as typeof Main;
const { readMarkdownFile } = (await import(process.env['BENCH_IMPORT_BUILT'] === '1' ? '../dist/importers/markdown/read-markdown-file.js' : '../src/importers/markdown/read-markdown-file.js')) as typeof MarkdownFile;
const parsed = new URL(url.startsWith('sqlite:') ? 'sqlite:/x' : url);
const target: DatabaseTarget = url.startsWith('sqlite:')
  ? { engine: 'sqlite', path: url.slice('sqlite:'.length) }
  : { engine: 'postgres', url: url.replace(/\?.*$/, ''), ...(parsed.searchParams.get('schema') ? { schema: parsed.searchParams.get('schema')! } : {}) };
const site = await openSite(target);
const started = performance.now();
const cpuBefore = process.resourceUsage();
async function* chunks() {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) yield chunk as string;
}
const imports = site.services.transfer.imports;
let summary;
if (kind === 'wordpress') summary = await imports.wordpress({ file, chunks: chunks() });
else if (kind === 'ghost') summary = await imports.ghost({ file, json: readFileSync(file, 'utf8') });
else if (kind === 'json') summary = await imports.json({ file, json: readFileSync(file, 'utf8') });
else {
  // As `dossier import markdown` does: every file read and checked first, then written.
  const files = readdirSync(file).filter((name) => name.endsWith('.md')).sort().map((name) => join(file, name)).filter((path) => statSync(path).isFile());
  summary = await imports.markdown({ folder: file, articles: files.map((path) => readMarkdownFile(relative(file, path), readFileSync(path, 'utf8'))) });
}
const ms = performance.now() - started;
// CPU time of the import on every thread (the render workers too): steadier than wall time on a shared machine.
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime - cpuBefore.userCPUTime - cpuBefore.systemCPUTime) / 1000;
await site.close();
process.stdout.write(JSON.stringify({ ms, cpuMs, posts: summary.kinds['articles']?.created ?? 0, comments: summary.kinds['comments']?.created ?? 0, maxRssMb: usage.maxRSS / 1024 }));
