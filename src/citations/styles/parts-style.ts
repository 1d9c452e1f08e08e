import type { CslCite, CslItem } from '../../domain/csl.js';

/** The name under which the parts style is registered with citation-js. */
export const PARTS_STYLE_NAME = 'dossier-parts';

/**
 * A small CSL style that prints only numbered parts of a source with the locale's labels
 * ("vol. 12", "no. 3", "pp. 101–19", "§ 301", "2nd ed.", "chap. 4", a court): what a shipped style
 * leaves out for a type it does not cover (a case in Harvard, a statute's section in MLA)
 * is added after its rendering, so a note never says less than the writer typed.
 */
export const PARTS_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Dossier parts</title><id>${PARTS_STYLE_NAME}</id><updated>2026-12-01T00:00:00+00:00</updated></info>
  <citation>
    <layout>
      <group delimiter=", ">
        <group delimiter="&#160;"><label variable="volume" form="short"/><text variable="volume"/></group>
        <group delimiter="&#160;"><label variable="issue" form="short"/><text variable="issue"/></group>
        <group delimiter="&#160;"><label variable="number" form="short"/><text variable="number"/></group>
        <group delimiter="&#160;"><number variable="edition" form="ordinal"/><label variable="edition" form="short"/></group>
        <group delimiter="&#160;"><text term="version" form="short"/><text variable="version"/></group>
        <group delimiter="&#160;"><label variable="section" form="short"/><text variable="section"/></group>
        <group delimiter="&#160;"><label variable="page" form="short"/><text variable="page"/></group>
        <group delimiter="&#160;"><label variable="locator" form="short"/><text variable="locator"/></group>
        <text variable="authority"/>
      </group>
    </layout>
  </citation>
</style>`;

const PARTS = ['volume', 'issue', 'number', 'edition', 'version', 'section', 'page', 'authority'] as const;

/** Whether every number of `value` shows in `text` ("101–19" shows as "101–119" too). */
function shows(value: string, text: string): boolean {
  // fr-FR writes ranges with a non-breaking hyphen (U+2011).
  const expanded = text.replace(/(\d+)\s*[-‑–—]\s*(\d+)/g, (_all, a: string, b: string) => `${a}–${b.length < a.length ? a.slice(0, a.length - b.length) + b : b}`);
  return [...value.matchAll(/\d+/g)].every((m, i, all) => {
    let n = m[0];
    const previous = all[i - 1]?.[0];
    if (previous && n.length < previous.length && /[-‑–—]\s*$/.test(value.slice(0, m.index))) n = previous.slice(0, previous.length - n.length) + n;
    return new RegExp(`(?<!\\d)${n}(?!\\d)`).test(expanded) || new RegExp(`(?<!\\d)${m[0]}(?!\\d)`).test(text);
  });
}

/** The parts of a cite a rendering left out (null when none): its numbered fields, and its locator when asked. */
export function partsMissing(c: CslCite, text: string, locator: boolean): { item: CslItem; locator?: string; label?: string } | null {
  const item: CslItem = { type: c.itemData.type };
  let any = false;
  for (const key of PARTS) {
    const value = c.itemData[key];
    if (value && /\d/.test(value) && !shows(value, text)) {
      item[key] = value;
      any = true;
    }
  }
  const lost = locator && c.locator && /\d/.test(c.locator) && !shows(c.locator, text) ? c.locator : undefined;
  if (!any && !lost && !(locator && c.locator && !text)) return null;
  return { item, ...(lost || (locator && c.locator && !text) ? { locator: c.locator!, label: c.label ?? 'page' } : {}) };
}
