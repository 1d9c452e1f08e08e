import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchWxr } from './wxr-generate.js';

/** WordPress import throughput and peak memory at two sizes (flat memory shows the streaming). */
export async function benchImport(sizes: number[]): Promise<Array<{ posts: number; mb: number; seconds: number; perSecond: number; maxRssMb: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  try {
    const rows = [];
    for (const posts of sizes) {
      const file = join(dir, `site-${posts}.xml`);
      const bytes = await writeBenchWxr(file, posts);
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-child.ts', file, join(dir, `site-${posts}.db`)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`import of ${posts} posts failed: ${child.stderr}`);
      const result = JSON.parse(child.stdout) as { ms: number; posts: number; maxRssMb: number };
      rows.push({ posts: result.posts, mb: bytes / 1e6, seconds: result.ms / 1000, perSecond: result.posts / (result.ms / 1000), maxRssMb: result.maxRssMb });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
