/** robots.txt: crawl everything but search results, and here is the sitemap index. */
export function renderRobots(sitemapIndexUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: ${sitemapIndexUrl}\n`;
}
