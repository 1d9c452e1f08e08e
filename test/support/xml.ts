import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs xmllint on a document (well-formedness, or validity against `schema`); returns its complaints. */
export function xmllint(xml: string, schema?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-xml-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file];
    const result = spawnSync('xmllint', args, { encoding: 'utf8' });
    if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
    return result.status === 0 ? '' : `${result.stderr}${result.stdout}`.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
