// Article page render cost in process: renderDocument of one presented article page, N times.
// `tsx bench/theme-render.ts [theme]` (theme needs the themes/ folder of this checkout).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoContent } from '../src/demo/content.js';
import { openSite } from '../src/main.js';
import { presentArticle } from '../src/presenters/article-presenter.js';
import { ArticlePage } from '../src/views/pages/article-page.js';
import { renderDocument } from '../src/views/render-page.js';
import { h, type VNode } from 'preact';

const theme = process.argv[2];
const site = await openSite({ engine: 'sqlite', path: ':memory:' }, undefined, theme ? { themesDir: resolve('themes') } : {});
await site.services.transfer.seedDemo(demoContent);
if (theme) await site.services.settings.update({ theme });
const article = demoContent.articles.find((a) => (a.status ?? 'published') === 'published')!;
const view = presentArticle('http://dossier.test', await site.services.reader.article(article.slug, {}), { values: {}, notice: null }, false);
const themes = (site as { themes?: Parameters<typeof renderDocument>[1] }).themes;
const once = () => renderDocument(h(ArticlePage, { view }) as VNode, themes);
for (let i = 0; i < 300; i++) once();
const rounds = 2000;
const start = performance.now();
let bytes = 0;
for (let i = 0; i < rounds; i++) bytes += once().length;
const ms = (performance.now() - start) / rounds;
console.log(`article page render: ${(ms * 1000).toFixed(0)} µs per page (${rounds} rounds, ${Math.round(bytes / rounds)} bytes)${theme ? `, theme ${theme}` : ''}`);
await site.close();
