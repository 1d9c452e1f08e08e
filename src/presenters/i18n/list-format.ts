const conjunctions = new Map<string, Intl.ListFormat>();

/**
 * "A, B and C" in the locale ("A، B و C" in Arabic, "A, B et C" in French) as parts, so a
 * view can link each name: `element` parts are the items, in order, the rest separators.
 */
export function conjunctionParts(locale: string, items: string[]): Array<{ type: 'element' | 'literal'; value: string }> {
  let format = conjunctions.get(locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'conjunction' });
    }
    if (conjunctions.size > 200) conjunctions.clear();
    conjunctions.set(locale, format);
  }
  return format.formatToParts(items);
}
