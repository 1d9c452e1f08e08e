import type { CslItem } from '../../domain/csl.js';
import { parseIbid, type IbidNote } from './ibid.js';
import { parseCite, type ParsedCite } from './parse-cite.js';
import { normaliseNoteScripts } from './scripts.js';
import { splitSources, takePrefix, takeSuffix } from './signals.js';
import { findUrls, type FoundUrl } from './urls.js';

export type { ParsedCite } from './parse-cite.js';

/** A note read as a reference: one or several cites, or an "ibid". */
export interface ParsedReference {
  /** The first cite's source (a bare `{ type: 'document' }` for "ibid" notes). */
  csl: CslItem;
  /** Every source the note cites, in order, each with its locator, prefix and suffix. */
  cites: ParsedCite[];
  /** Set when the note only repeats the previous source ("ibid"), with its own locator. */
  ibid: IbidNote | null;
  urls: FoundUrl[];
  /** Every source of the note reads as a citation. */
  recognised: boolean;
  /** Whether the note presents itself as an online source ("Web.", "available at", an access date…). */
  web: boolean;
}

const LONGEST_CITATION = 5000;

/** One source with the signal and commentary around it. */
function readSource(text: string): ParsedCite {
  const { prefix, rest } = takePrefix(text);
  const { suffix, rest: core } = takeSuffix(rest);
  const cite = parseCite(core);
  if (!cite.recognised && (prefix || suffix)) {
    // Without its citation, the commentary is the whole note: leave it as written.
    const whole = parseCite(text);
    if (!whole.recognised) return whole;
  }
  return { ...cite, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/**
 * Reads a note (Markdown source) as a reference, in any script (see normaliseNoteScripts): each source of "A; B." as its own cite,
 * with the signal before it ("See", "Cf.", commentary ending in "see") as its prefix,
 * commentary after it as its suffix, and its pinpoint as a locator; "ibid" notes are marked.
 */
export function parseReference(written: string): ParsedReference {
  const markdown = normaliseNoteScripts(written);
  const ibid = parseIbid(markdown);
  if (ibid) return { csl: { type: 'document' }, cites: [], ibid, urls: [], recognised: false, web: false };
  const urls = findUrls(markdown);
  // A note longer than any citation is read as one source, as written (and in bounded time).
  if (markdown.length > LONGEST_CITATION) {
    const cite = parseCite(markdown);
    return { csl: cite.csl, cites: [cite], ibid: null, urls, recognised: cite.recognised, web: cite.web };
  }
  const parts = splitSources(markdown);
  let cites = parts.length > 1 ? parts.map(readSource) : [];
  // "A; B" counts as several sources only when each part reads as one.
  if (cites.length < 2 || !cites.every((c) => c.recognised)) cites = [readSource(markdown)];
  return { csl: cites[0]!.csl, cites, ibid: null, urls, recognised: cites.every((c) => c.recognised), web: cites.some((c) => c.web) };
}
