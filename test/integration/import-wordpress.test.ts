import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import type { ImportSummary } from '../../src/services/transfer/import-summary.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const THEME = 'test/fixtures/wordpress/themeunittestdata.wordpress.xml';
const BLOCKS = 'test/fixtures/wordpress/64-block-test-data.xml';

async function* chunks(file: string): AsyncIterable<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 16 * 1024 })) yield chunk as string;
}
async function* text(value: string): AsyncIterable<string> {
  yield value;
}
const created = (summary: ImportSummary, kind: string) => summary.kinds[kind]?.created ?? 0;

for (const engine of ENGINES) {
  describe(`WordPress import (${engine})`, () => {
    let site: TestSite;
    let first: ImportSummary;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      first = await site.services.transfer.imports.wordpress({ file: THEME, chunks: chunks(THEME) });
    });
    after(() => site.close());

    test('imports the theme unit test data: every post, page, section, tag, comment and author', () => {
      assert.equal(created(first, 'articles'), 58);
      assert.equal(created(first, 'pages'), 21);
      assert.equal(created(first, 'sections'), 68);
      assert.equal(created(first, 'authors'), 2);
      assert.equal(created(first, 'comments') + (first.kinds['comments']?.skipped ?? 0), 33);
      assert.ok(created(first, 'tags') >= 110);
      assert.equal(first.kinds['media']?.skipped, 37);
      assert.ok(created(first, 'redirects') > 79);
    });

    test('categories keep their hierarchy as nested sections', async () => {
      const { response, document } = await site.page('/section/parent/child-1/child-2');
      assert.equal(response.statusCode, 200);
      assert.deepEqual([...document.querySelectorAll('nav[aria-label="Breadcrumb"] a')].map((a) => a.textContent), ['Home', 'Parent', 'Child 1', 'Child 2']);
    });

    test('a post keeps its GMT date, slug, title with special characters, and byline', async () => {
      const page = await site.services.reader.article('template-comments');
      assert.equal(page.article.publishedAt, '2012-01-03T17:11:37.000Z');
      assert.equal(page.article.title, 'Template: Comments');
      assert.equal(page.authors[0]?.slug, 'themedemos');
      const quoted = (await site.page('/2012/01/template-comments')).response;
      assert.equal(quoted.statusCode, 200);
    });

    test('comments are threaded with their status and author', async () => {
      const page = await site.services.reader.article('template-comments');
      assert.ok(page.comments.count >= 15, `${page.comments.count} approved comments`);
      const listing = await site.services.comments.list({ limit: 100 });
      const onPost = listing.filter((c) => c.articleSlug === 'template-comments');
      assert.ok(onPost.some((c) => c.parentId !== null), 'some are replies');
      const reply = onPost.find((c) => c.parentId !== null)!;
      assert.ok(onPost.some((c) => c.id === reply.parentId), 'a reply points at a comment of the same post');

    });

    test('Unicode slugs and page hierarchy survive; old addresses redirect', async () => {
      const greek = await site.inject(encodeURI('/επίπεδο-2'));
      assert.equal(greek.statusCode, 200);
      assert.match(greek.body, /Επίπεδο 2/);
      const child = await site.inject('/level-1/level-2/level-3/');
      assert.equal(child.statusCode, 301);
      assert.equal(child.headers.location, '/level-3');
      const byId = await site.inject('/?p=1148');
      assert.equal(byId.statusCode, 301);
      assert.equal(byId.headers.location, '/2012/01/template-comments');
      const old = await site.inject('/2012/01/03/template-comments/');
      assert.equal(old.headers.location, '/2012/01/template-comments');
    });

    test('private, draft and password-protected posts stay non-public', async () => {
      await assert.rejects(site.services.reader.page('template-password-protected'), /no page|There is no/);
      const drafts = first.warnings.filter((w) => /password-protected/.test(w));
      assert.equal(drafts.length, 1);
    });

    test('post-format-image-linked shows its image with its caption once, as <figure>/<figcaption>', async () => {
      const { document } = await site.page('/2010/08/post-format-image-linked');
      const figure = document.querySelector('.article-body figure, article figure');
      assert.ok(figure, 'a figure');
      assert.equal(figure.querySelector('figcaption')?.textContent, 'Chunk of resinous blackboy husk, Clarkson, Western Australia. This burns like a spinifex log.');
      assert.equal(document.body.innerHTML.split('This burns like a spinifex log').length - 1, 1, 'the caption once');
      assert.ok(figure.querySelector('a > img[alt="chunk of resinous blackboy husk"]'));
    });

    test('the header does not link to all 68 imported categories: at most 5, those with most articles', async () => {
      const { document } = await site.page('/');
      const links = [...document.querySelectorAll('nav.site-nav a')];
      assert.ok(links.length > 0 && links.length <= 5, `${links.length} header links`);
      assert.ok(first.warnings.some((w) => /more sections than fit in the header: it links to [1-5] of them/.test(w)), first.warnings.join('\n'));
    });

    test('every skipped comment and item is reported with its line and reason', () => {
      const skipped = first.kinds['comments']?.skipped ?? 0;
      const reported = first.warnings.filter((w) => /^test\/fixtures\/wordpress\/themeunittestdata\.wordpress\.xml:\d+: comment \d+ on "[^"]+" skipped: /.test(w));
      assert.equal(reported.length, skipped, first.warnings.join('\n'));
      assert.ok(skipped > 0);
      assert.ok(first.warnings.some((w) => /:\d+: skipped 70 items, of type nav_menu_item, which Dossier has no place for \(lines \d+, /.test(w)));
    });

    test('importing the same file again adds nothing', async () => {
      const again = await site.services.transfer.imports.wordpress({ file: THEME, chunks: chunks(THEME) });
      for (const [kind, counts] of Object.entries(again.kinds)) {
        assert.equal(counts.created, 0, `${kind} created`);
        assert.equal(counts.updated, 0, `${kind} updated`);
      }
    });

    test('the block editor set: footnotes become notes; a duplicate slug gets its own', async () => {
      const summary = await site.services.transfer.imports.wordpress({ file: BLOCKS, chunks: chunks(BLOCKS) });
      const page = await site.services.reader.article('footnotes');
      assert.deepEqual(page.notes.map((n) => [n.number, n.rawText]), [[1, 'A note'], [2, 'Another note']]);
      assert.match(page.article.bodyHtml, /A paragraph<sup class="note-ref"><a href="#footnotes-note-1"/);
      assert.ok(summary.warnings.some((w) => /the slug "footnotes" is taken; imported as "footnotes-2"/.test(w)), summary.warnings.join('\n'));
    });

    test('scripts in post HTML never reach the page', async () => {
      const file = 'script.xml';
      const xml = readFileSync(THEME, 'utf8').slice(0, readFileSync(THEME, 'utf8').indexOf('<item>')) +
        '<item><title>Scripted</title><link>https://wpthemetestdata.wordpress.com/scripted/</link><wp:post_id>999001</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><wp:post_name>scripted</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>Hello<script>alert(1)</script><img src=x onerror="alert(2)"></p>]]></content:encoded></item></channel></rss>';
      await site.services.transfer.imports.wordpress({ file, chunks: text(xml) });
      const page = await site.inject('/2020/01/scripted');
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /alert\(|onerror/);
    });
  });

  describe(`WordPress import refuses bad files and writes nothing (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
    });
    after(() => site.close());

    const whole = readFileSync(THEME, 'utf8');
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.xml', whole.slice(0, Math.floor(whole.length / 2)), /^truncated\.xml:\d+:\d+: the file ends inside <.+>: it looks truncated\.$/],
      ['broken.xml', whole.replace('<wp:post_type><![CDATA[post]]></wp:post_type>', '<wp:post_type><![CDATA[post]]></wp:post_typo>'), /^broken\.xml:\d+:\d+: malformed XML: /],
      ['future.xml', whole.replace('<wp:wxr_version>1.2</wp:wxr_version>', '<wp:wxr_version>2.0</wp:wxr_version>'), /WXR version 2\.0 is not supported; Dossier reads WXR 1\.0, 1\.1 and 1\.2\./],
      ['feed.xml', '<?xml version="1.0"?><feed><entry/></feed>', /^feed\.xml:1:\d+: expected an <rss> export, found <feed>\./],
      ['plain.xml', '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>', /this is not a WordPress export: <wp:wxr_version> is missing/],
    ];
    for (const [file, xml, message] of cases) {
      test(`${file}: a clear error, nothing written`, async () => {
        await assert.rejects(site.services.transfer.imports.wordpress({ file, chunks: text(xml) }), (error: Error) => {
          assert.match(error.message, message);
          return true;
        });
        const home = await site.page('/');
        assert.equal(home.document.querySelectorAll('.cards .card-title').length, 0, 'no article was written');
        assert.equal((await site.services.reader.chrome()).sections.length, 0, 'no section was written');
      });
    }
  });
}
