const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Serialises JSON-LD so it can sit inside `<script>` without ending it early (one pass over the text). */
export function serializeJsonLd(document: Record<string, unknown>): string {
  return JSON.stringify(document).replace(UNSAFE_IN_SCRIPT, (c) => ESCAPES[c]!);
}

/** schema.org BreadcrumbList from absolute URLs, top first. */
export function breadcrumbListLd(items: Array<{ name: string; url: string }>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
