import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { invalid } from '../../domain/errors.js';
import { parseIdentifier } from '../../citations/resolve/identifier.js';
import { resolveIdentifier } from '../../citations/resolve/resolve-identifier.js';
import { createCitationFormatter } from '../../citations/styles/citation-formatter.js';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from '../../citations/styles/style-registry.js';
import { htmlToText } from '../../importers/html/html-to-text.js';
import { globalFlags } from '../global-flags.js';
import { oneOf, parseOptions } from '../parse-options.js';

/**
 * `dossier cite ID [--style S] [--json]`: resolves a DOI, an ISBN, a PubMed id, an arXiv id or a web page's URL to
 * CSL-JSON and prints it, or the reference in one of the shipped styles. Nothing is stored.
 */
export function citeCommand(program: Command): void {
  program
    .command('cite')
    .description('resolve a DOI, an ISBN, a PMID, an arXiv id or a web page URL to a citation (CSL-JSON with --json); nothing is stored')
    .argument('<ID>', 'a DOI (10.…, doi:…, https://doi.org/…), an ISBN-10/13, PMID: N, arXiv:YYMM.NNNNN, or an http(s) URL')
    .option('--style <name>', `citation style: ${CITATION_STYLES.map((s) => s.name).join(', ')}`, DEFAULT_CITATION_STYLE)
    .option('--json', 'print the CSL-JSON item instead of the formatted reference')
    .action(async (id: string, raw: { style: string; json?: boolean }, command: Command) => {
      const options = parseOptions({ style: oneOf(CITATION_STYLES.map((s) => s.name)) }, { style: raw.style });
      const parsed = parseIdentifier(id);
      if (!parsed.ok) throw invalid(parsed.error, 'ID');
      const config = loadConfig(process.env, globalFlags(command));
      const item = await resolveIdentifier(id, {
        doiResolver: config.doiResolver,
        openLibraryUrl: config.openLibraryUrl,
        pubmedUrl: config.pubmedUrl,
        arxivUrl: config.arxivUrl,
        timeoutMs: config.linkCheckTimeoutMs,
        outboundAllow: config.outboundAllow,
      });
      if (raw.json) {
        process.stdout.write(`${JSON.stringify([{ id: 'item-1', ...item }], null, 2)}\n`);
        return;
      }
      const formatter = createCitationFormatter();
      try {
        const [html] = await formatter.format(options.style, 'en-US', [{ cites: [{ itemData: item }], ibid: false }]);
        process.stdout.write(`${htmlToText(html ?? '')}\n`);
      } finally {
        await formatter.close();
      }
    });
}
