/**
 * Makes the links of rendered HTML absolute for use outside the page (feeds): `#note`
 * fragments point into the article at `pageUrl`, `/paths` into the site.
 */
export function absoluteLinks(html: string, siteUrl: string, pageUrl: string): string {
  const site = siteUrl.replace(/\/+$/, '');
  return html
    .replace(/\b(href|src)="#/g, `$1="${pageUrl}#`)
    .replace(/\b(href|src)="\/(?!\/)/g, `$1="${site}/`);
}
