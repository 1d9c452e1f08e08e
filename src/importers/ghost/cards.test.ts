import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../content/markdown.js';
import type { GhostExport, GhostPost } from './ghost-export.js';
import { mapGhostPost } from './map-post.js';

const data: GhostExport = { version: '5.0.0', posts: [], tags: [], users: [], postsTags: [], postsAuthors: [] };
const post = (fields: Partial<GhostPost>): GhostPost => ({ id: 'p1', title: 'Cards', slug: 'cards', status: 'published', ...fields });
const body = (fields: Partial<GhostPost>) => {
  const mapped = mapGhostPost(post(fields), data);
  assert.ok(!('skip' in mapped));
  return mapped;
};
const html = (markdown: string) => renderMarkdown(markdown, { idPrefix: '' }).html;

// Cut from TryGhost/Ghost's v4_export.json (test/utils/fixtures/export, upstream commit fff6a04c; see
// shared/fixtures/SOURCES.md): the "write" post's bookmark card, as HTML and as its Mobiledoc card.
const BOOKMARK_HTML = '<p>Before.</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://opensubscriptionplatforms.com/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Open Subscription Platforms</div><div class="kg-bookmark-description">A shared movement for independent subscription data.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://opensubscriptionplatforms.com/images/favicon.png"><span class="kg-bookmark-author">Open Subscription Platforms</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://opensubscriptionplatforms.com/images/osp-card.png"></div></a></figure>';
const v4 = JSON.parse(readFileSync('test/fixtures/ghost/v4_export.json', 'utf8')) as { db: Array<{ data: { posts: GhostPost[] } }> };
const write = v4.db[0]!.data.posts.find((p) => p.slug === 'write')!;

test('a bookmark card (v4 export) becomes one link with its description, not a literal [ … ](url)', () => {
  const fromHtml = body({ html: BOOKMARK_HTML }).body;
  assert.match(fromHtml, /^Before\.\n\n\[Open Subscription Platforms\]\(https:\/\/opensubscriptionplatforms\.com\/\) \(Open Subscription Platforms\): A shared movement for independent subscription data\.$/);
  const fromMobiledoc = body({ mobiledoc: write.mobiledoc ?? '' }).body;
  assert.match(fromMobiledoc, /\[Open Subscription Platforms\]\(https:\/\/opensubscriptionplatforms\.com\/\)/);
  for (const md of [fromHtml, fromMobiledoc, body({ html: write.html ?? '' }).body]) assert.doesNotMatch(md, /^\[\s*$/m, 'no bracket alone on a line');
});

const extra = JSON.parse(readFileSync('test/fixtures/ghost/extra-cards.json', 'utf8')) as { lexical: unknown; html: string };

test('every Koenig card in Lexical (hand-written fixture) has its Dossier equivalent; a card without one is reported', () => {
  const mapped = body({ lexical: JSON.stringify(extra.lexical) });
  const page = html(mapped.body);
  assert.match(page, /<a href="https:\/\/opensubscriptionplatforms\.com\/">Open Subscription Platforms<\/a>/);
  assert.match(page, /<figure><img src="\/content\/images\/2024\/01\/boat\.jpg|<figure><img src="__GHOST_URL__\/content\/images\/2024\/01\/boat\.jpg/);
  assert.match(page, /<figcaption>Boat at dawn<\/figcaption>/);
  assert.match(page, /<img src="https:\/\/example\.org\/g1\.jpg" alt="G1">[\s\S]*<img src="https:\/\/example\.org\/g2\.jpg" alt="G2">[\s\S]*<em>Peaceful places<\/em>/);
  assert.match(page, /<a href="https:\/\/www\.youtube\.com\/watch\?v=hmH3XMlms8E">A video<\/a>/);
  assert.match(page, /<blockquote>\s*<p>💡 Remember the <strong>notes<\/strong>\.<\/p>/);
  assert.match(page, /<strong>What is Dossier\?<\/strong>[\s\S]*<p>A publishing platform\.<\/p>/);
  assert.match(page, /<a href="https:\/\/example\.org\/subscribe">Subscribe<\/a>/);
  assert.match(page, /<h2>Big news<\/h2>\s*<p>Read all about it<\/p>\s*<p><a href="https:\/\/example\.org\/go">Go<\/a><\/p>/);
  assert.match(page, /<h3>The Book<\/h3>\s*<p>A good read\.<\/p>\s*<p><a href="https:\/\/example\.org\/buy">Buy<\/a><\/p>/);
  assert.match(page, /<a href="https:\/\/example\.org\/episode-1\.mp3">Audio: Episode 1<\/a>/);
  assert.match(page, /<a href="https:\/\/example\.org\/clip\.mp4">Video: clip\.mp4<\/a>/);
  assert.match(page, /<a href="https:\/\/example\.org\/report\.pdf">Annual report<\/a> \(2024, report\.pdf\)/);
  assert.match(page, /<pre><code class="language-javascript">const x = 1;/);
  assert.match(page, /<p>Raw <strong>HTML<\/strong> card\.<\/p>/);
  assert.match(mapped.body, /A claim\.\[\^1\]\n\n\[\^1\]: The source, p\. 4\./);
  assert.deepEqual(mapped.warnings, ["a product card's star rating was left out", 'a "signup" card has no Dossier equivalent and was left out']);
  assert.equal(mapped.lossy, true);
});

test('the HTML Ghost renders cards to (hand-written fixture): callout, toggle, audio, video, file, button, Markdown footnotes', () => {
  const mapped = body({ html: extra.html });
  const md = mapped.body;
  assert.match(md, /^> 💡 Remember the \*\*notes\*\*\./m);
  assert.match(md, /\*\*What is Dossier\?\*\*\n\nA publishing platform\./);
  assert.match(md, /\[Audio: Episode 1\]\(https:\/\/example\.org\/episode-1\.mp3\)/);
  assert.doesNotMatch(md, /0:00|1×/);
  assert.match(md, /\[Video: clip\.mp4\]\(https:\/\/example\.org\/clip\.mp4\)\n\n\*A clip\*/);
  assert.match(md, /\[Annual report\]\(https:\/\/example\.org\/report\.pdf\) \(2024, report\.pdf, 12 KB\)/);
  assert.match(md, /\[Subscribe\]\(https:\/\/example\.org\/subscribe\)/);
  const rendered = renderMarkdown(md, { idPrefix: '' });
  assert.deepEqual(rendered.notes.map((n) => n.rawText), ['The source, p. 4.']);
});
