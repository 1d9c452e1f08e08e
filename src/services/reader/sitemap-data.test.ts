import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_SITEMAP_BLOCK, sitemapFileCount } from './sitemap-data.js';

test('article sitemaps hold one block of 2,000 ids each, at least one file', () => {
  assert.equal(ARTICLE_SITEMAP_BLOCK, 2000);
  assert.equal(sitemapFileCount(0), 1);
  assert.equal(sitemapFileCount(2000), 1);
  assert.equal(sitemapFileCount(2001), 2);
  assert.equal(sitemapFileCount(150_000), 75);
});
