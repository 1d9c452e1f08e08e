import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../domain/settings.js';
import { renderFeed } from '../feeds/render-feed.js';
import type { FeedData } from '../services/reader/feed-data.js';
import { absoluteLinks } from './absolute-links.js';
import { presentFeed } from './feed-presenter.js';

const item = {
  id: 1, kind: 'article' as const, slug: 'tides', title: 'Tides', dek: null, excerpt: 'The tide comes in.', status: 'published' as const,
  publishedAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-03T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', sectionId: null, language: 'en', sticky: false, commentCount: 0, featured: null,
  authors: [{ id: 1, slug: 'ada', name: 'Ada', bio: '' }], section: null, tags: [],
  bodyHtml: '<p>Body<sup><a href="#tides-note-1">[1]</a></sup> <a href="/about">about</a> <a href="//cdn.example/x">x</a></p>',
  notes: [{ number: 1, label: 'a', rawText: 'Src', html: 'Src', url: null, accessed: null, citations: 1, csl: { type: 'document' }, ibidOf: null, recognised: false, styledHtml: null, styledWith: null }],
};
const data = (feedContent: 'full' | 'excerpt'): FeedData => ({
  chrome: { settings: { ...DEFAULT_SETTINGS, feedContent }, sections: [], defaultSections: [], sectionTranslations: [], pages: [] },
  now: '2026-02-01T00:00:00.000Z',
  list: { scope: 'site', scopeId: 0 },
  subject: null,
  items: [item],
});

test('links become absolute: fragments into the article, paths into the site, protocol-relative untouched', () => {
  const html = absoluteLinks(item.bodyHtml, 'https://x.example/', 'https://x.example/2026/01/tides');
  assert.match(html, /href="https:\/\/x\.example\/2026\/01\/tides#tides-note-1"/);
  assert.match(html, /href="https:\/\/x\.example\/about"/);
  assert.match(html, /href="\/\/cdn\.example\/x"/);
});

test('the excerpt setting leaves the body out of every format', () => {
  const view = presentFeed('https://x.example', data('excerpt'));
  assert.equal(view.items[0]!.contentHtml, null);
  assert.doesNotMatch(renderFeed(view, 'rss').toString(), /content:encoded|Body/);
  assert.doesNotMatch(renderFeed(view, 'atom').toString(), /<content|Body/);
  const json = JSON.parse(renderFeed(view, 'json').toString()) as { items: Array<Record<string, unknown>> };
  assert.equal(json.items[0]!['content_text'], 'The tide comes in.');
  assert.equal(json.items[0]!['content_html'], undefined);
});

test('full content includes the notes list', () => {
  const view = presentFeed('https://x.example', data('full'));
  assert.match(view.items[0]!.contentHtml!, /<li id="tides-note-1" value="1">Src <a href="https:\/\/x\.example\/2026\/01\/tides#tides-ref-1-1">/);
  assert.equal(view.updated, '2026-01-03T00:00:00.000Z');
});
