import type { CslItem } from '../../domain/csl.js';
import type { ReferenceFormat } from '../../domain/reference-formats.js';

interface CiteModule {
  Cite: new (data: unknown) => { format(kind: string, options?: Record<string, unknown>): unknown };
}

let loaded: Promise<CiteModule> | undefined;

/** citation-js with its BibTeX and RIS plugins, loaded on first use (pages never need them). */
function citationJs(): Promise<CiteModule> {
  loaded ??= (async () => {
    // A CommonJS package: bundled, its exports may sit under `default` only.
    const imported = (await import('@citation-js/core')) as unknown as CiteModule & { default?: CiteModule };
    const core = imported.Cite ? imported : imported.default!;
    await import('@citation-js/plugin-bibtex');
    await import('@citation-js/plugin-ris');
    return core;
  })();
  return loaded;
}

/** CSL-JSON items as a file in `format`: CSL-JSON as is, BibTeX and RIS by citation-js. */
export async function referenceFile(items: ReadonlyArray<CslItem & { id: string }>, format: ReferenceFormat): Promise<string> {
  if (format.output === 'data') return `${JSON.stringify(items, null, 2)}\n`;
  if (items.length === 0) return '';
  const { Cite } = await citationJs();
  const text = String(new Cite(items).format(format.output, { format: 'text' }));
  return text.endsWith('\n') ? text : `${text}\n`;
}
