import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDomainError } from './errors.js';
import { parseContentFilter, type FilterResource } from './content-filter.js';

const list = (field: string, slugs: string[], negate = false) => ({ kind: 'list', field, slugs, negate });

test('the filters Ghost front ends send become one filter tree', () => {
  assert.equal(parseContentFilter('', 'posts'), null);
  assert.deepEqual(parseContentFilter('tag:news', 'posts'), list('tag', ['news']));
  assert.deepEqual(parseContentFilter('tags.slug:news', 'posts'), list('tag', ['news']));
  assert.deepEqual(parseContentFilter('authors:jo', 'posts'), list('author', ['jo']));
  assert.deepEqual(parseContentFilter('primary_tag:water', 'posts'), list('primary_tag', ['water']));
  assert.deepEqual(parseContentFilter('tag:[news,world]', 'posts'), list('tag', ['news', 'world']));
  assert.deepEqual(parseContentFilter('tag:-news', 'posts'), list('tag', ['news'], true));
  assert.deepEqual(parseContentFilter('tag:news+featured:true', 'posts'), { kind: 'and', of: [list('tag', ['news']), { kind: 'featured', value: true }] });
  assert.deepEqual(parseContentFilter('tag:news,author:jo', 'posts'), { kind: 'or', of: [list('tag', ['news']), list('author', ['jo'])] });
  assert.deepEqual(parseContentFilter('(tag:news,author:jo)+featured:false', 'posts'), {
    kind: 'and', of: [{ kind: 'or', of: [list('tag', ['news']), list('author', ['jo'])] }, { kind: 'featured', value: false }],
  });
  assert.deepEqual(parseContentFilter('slug:-[one,two]', 'posts'), { kind: 'field', field: 'slug', values: ['one', 'two'], negate: true });
  assert.deepEqual(parseContentFilter('id:42', 'posts'), { kind: 'field', field: 'id', values: ['42'], negate: false });
  assert.deepEqual(parseContentFilter("published_at:>'2026-01-01'", 'posts'), { kind: 'published', op: '>', value: '2026-01-01T00:00:00.000Z' });
});

test('visibility:public matches everything Dossier publishes, inside "and" and "or" alike', () => {
  assert.equal(parseContentFilter('visibility:public', 'posts'), null);
  assert.deepEqual(parseContentFilter('tag:news+visibility:public', 'posts'), list('tag', ['news']));
  assert.equal(parseContentFilter('tag:news,visibility:public', 'posts'), null);
  assert.deepEqual(parseContentFilter('visibility:public+slug:[a1,b2]', 'tags'), { kind: 'field', field: 'slug', values: ['a1', 'b2'], negate: false });
});

/** The message of the Invalid error (field `filter`) a filter is refused with. */
function refusal(text: string, resource: FilterResource = 'posts'): string {
  try {
    parseContentFilter(text, resource);
  } catch (error) {
    assert.ok(isDomainError(error, 'Invalid'), String(error));
    assert.equal(error.field, 'filter');
    return error.message;
  }
  assert.fail(`"${text}" should be refused`);
}

test('bad filters are refused with a message that says what to write instead', () => {
  assert.match(refusal('tag:news+'), /not valid NQL.*field:value/);
  assert.match(refusal('(tag:news'), /not valid NQL/);
  assert.match(refusal('colour:blue'), /Unknown filter field "colour" for posts; use one of: tag,/);
  assert.match(refusal('tag:news', 'pages'), /Unknown filter field "tag" for pages/);
  assert.match(refusal('featured:maybe'), /featured takes true or false/);
  assert.match(refusal("title:~'x'"), /Unknown filter field "title"/);
  assert.match(refusal("slug:~'x'"), /does not take ~/);
  assert.match(refusal('tag:>news'), /takes values, not a comparison/);
  assert.match(refusal('published_at:>yesterday-ish'), /published_at takes a comparison with a date/);
  assert.match(refusal('visibility:paid'), /Only visibility:public/);
  assert.match(refusal('x'.repeat(1001)), /longer than 1000/);
  assert.match(refusal(Array.from({ length: 17 }, (_, i) => `slug:s${i}`).join('+')), /more than 16 terms/);
  assert.match(refusal(`tag:[${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}]`), /at most 50 values/);
});

test('the Admin API filters by status too, combined like any other term; the Content API does not', () => {
  assert.deepEqual(parseContentFilter('status:draft', 'admin_posts'), { kind: 'status', values: ['draft'], negate: false });
  assert.deepEqual(parseContentFilter('tag:news+status:[draft,scheduled]', 'admin_posts'), {
    kind: 'and', of: [{ kind: 'list', field: 'tag', slugs: ['news'], negate: false }, { kind: 'status', values: ['draft', 'scheduled'], negate: false }],
  });
  assert.deepEqual(parseContentFilter('status:-published', 'admin_pages'), { kind: 'status', values: ['published'], negate: true });
  assert.match(refusal('status:draft'), /Unknown filter field "status" for posts/);
  assert.match(refusal('status:lost', 'admin_posts'), /Unknown status "lost"; use draft, scheduled, published/);
  assert.match(refusal('tag:news', 'admin_pages'), /Unknown filter field "tag" for pages; use one of: featured, slug, id, published_at, visibility, status/);
});
