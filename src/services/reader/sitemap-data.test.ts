import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITEMAP_MAX_URLS, sitemapFileCount } from './sitemap-data.js';

test('article sitemaps split at 50,000 URLs', () => {
  assert.equal(SITEMAP_MAX_URLS, 50_000);
  assert.equal(sitemapFileCount(0), 1);
  assert.equal(sitemapFileCount(50_000), 1);
  assert.equal(sitemapFileCount(50_001), 2);
  assert.equal(sitemapFileCount(150_000), 3);
});
