import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicalToHtml } from './lexical-to-html.js';
import { mobiledocToHtml } from './mobiledoc-to-html.js';
import { mapGhostPost } from './map-post.js';

const data = { version: '5.0.0', posts: [], tags: [], users: [], postsTags: [], postsAuthors: [] };

test('Mobiledoc sections, markups, lists and cards become HTML', () => {
  const doc = JSON.stringify({
    version: '0.3.1', atoms: [], markups: [['a', ['href', 'https://x.example.org']], ['strong']],
    cards: [['image', { src: 'https://x.example.org/a.jpg', caption: 'A caption' }], ['hr', {}]],
    sections: [[1, 'h2', [[0, [], 0, 'Title']]], [1, 'p', [[0, [0], 1, 'link'], [0, [1], 1, ' bold <x>']]], [3, 'ul', [[[0, [], 0, 'one']], [[0, [], 0, 'two']]]], [10, 0], [10, 1]],
  });
  assert.equal(mobiledocToHtml(doc), '<h2>Title</h2>\n<p><a href="https://x.example.org">link</a><strong> bold &lt;x&gt;</strong></p>\n<ul><li>one</li><li>two</li></ul>\n<figure><img src="https://x.example.org/a.jpg" alt=""><figcaption>A caption</figcaption></figure>\n<hr>');
});

test('Lexical nodes become HTML', () => {
  const doc = JSON.stringify({ root: { type: 'root', children: [
    { type: 'heading', tag: 'h3', children: [{ type: 'text', text: 'Head' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Bold', format: 1 }, { type: 'text', text: ' and ' }, { type: 'link', url: 'https://x.example.org', children: [{ type: 'text', text: 'a link' }] }] },
    { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [{ type: 'text', text: 'first' }] }] },
  ] } });
  assert.equal(lexicalToHtml(doc), '<h3>Head</h3>\n<p><strong>Bold</strong> and <a href="https://x.example.org">a link</a></p>\n<ol><li>first</li></ol>');
});

test('Markdown cards reach the article as written, with their footnotes', () => {
  const lexical = JSON.stringify({ root: { type: 'root', children: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Intro.' }] },
    { type: 'markdown', markdown: 'A claim.[^1]\n\n[^1]: Sobel, Dava. *Longitude*. Walker, 1995.' },
  ] } });
  const mapped = mapGhostPost({ id: 'p1', title: 'T', slug: 't', status: 'published', lexical, published_at: '2024-01-02T03:04:05.000Z' }, data);
  assert.ok(!('skip' in mapped));
  assert.equal(mapped.body, 'Intro.\n\nA claim.[^1]\n\n[^1]: Sobel, Dava. *Longitude*. Walker, 1995.');
  assert.equal(mapped.publishedAt, '2024-01-02T03:04:05.000Z');
});

test('each post gets its own tags and authors in Ghost sort order, however the rows are interleaved', () => {
  const shared = {
    version: '5.0.0', posts: [],
    tags: [{ id: 't1', slug: 'rivers', name: 'Rivers' }, { id: 't2', slug: 'dams', name: 'Dams' }, { id: 't3', slug: 'locks', name: 'Locks' }],
    users: [{ id: 'u1', slug: 'ada', name: 'Ada' }, { id: 'u2', slug: 'ben', name: 'Ben' }],
    postsTags: [
      { post_id: 'a', tag_id: 't3', sort_order: 1 }, { post_id: 'b', tag_id: 't1', sort_order: 0 },
      { post_id: 'a', tag_id: 't2', sort_order: 0 }, { post_id: 'a', tag_id: 'gone', sort_order: 2 },
    ],
    postsAuthors: [{ post_id: 'b', author_id: 'u2', sort_order: 1 }, { post_id: 'b', author_id: 'u1', sort_order: 0 }],
  };
  const post = (id: string) => ({ id, title: id, slug: id, status: 'published', html: '<p>x</p>', author_id: 'u2' });
  const a = mapGhostPost(post('a'), shared);
  const b = mapGhostPost(post('b'), shared);
  const again = mapGhostPost(post('a'), shared);
  assert.ok(!('skip' in a) && !('skip' in b) && !('skip' in again));
  assert.deepEqual([a.tags, a.authors], [['dams', 'locks'], ['ben']], 'no author rows: the post\'s own author_id');
  assert.deepEqual([b.tags, b.authors], [['rivers'], ['ada', 'ben']]);
  assert.deepEqual([again.tags, again.authors], [a.tags, a.authors]);
});
