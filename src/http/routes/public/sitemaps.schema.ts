import { z } from 'zod';

/** The sitemap files under /sitemaps/: articles-N.xml (N from 1), and one file per other type. */
export const sitemapFileSchema = z.object({
  file: z.string().transform((file, context) => {
    const articles = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(file);
    if (articles) return { type: 'articles' as const, number: Number(articles[1]) };
    const type = ({ 'pages.xml': 'pages', 'sections.xml': 'sections', 'tags.xml': 'tags', 'authors.xml': 'authors', 'news.xml': 'news' } as const)[file];
    if (type) return { type, number: 1 };
    context.addIssue({ code: 'custom', message: `There is no sitemap "${file}".` });
    return z.NEVER;
  }),
});
