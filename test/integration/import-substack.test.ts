import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

// A Substack export as Substack zips it: posts.csv at the root, posts/<post_id>.html.
// The files follow Substack's real format; see test/fixtures/substack/README.md for the source.
const FIXTURE = 'test/fixtures/substack/export';

/** The fixture zipped, with files left out or replaced. */
export function substackZip(options: { without?: string[]; replace?: Record<string, string> } = {}): Buffer {
  const zip = new AdmZip();
  const files = ['posts.csv', ...readdirSync(join(FIXTURE, 'posts')).map((name) => `posts/${name}`)];
  for (const name of files) {
    if (options.without?.includes(name)) continue;
    zip.addFile(name, Buffer.from(options.replace?.[name] ?? readFileSync(join(FIXTURE, name), 'utf8')));
  }
  return zip.toBuffer();
}

async function articleCount(site: TestSite): Promise<number> {
  return (await site.services.transfer.exports.json()).articles.length;
}

for (const engine of ENGINES) {
  describe(`Substack import (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
    });
    after(() => site.close());

    test('posts with their dates, subtitles as deks, footnotes as notes, images with captions', async () => {
      const summary = await site.services.transfer.imports.substack({ file: 'export.zip', zip: substackZip() });
      assert.equal(summary.kinds['articles']?.created, 5, 'newsletters (free, paid, founding, draft) and the podcast');
      assert.equal(summary.kinds['pages']?.created, 1);
      assert.equal(summary.kinds['other items']?.skipped, 1, 'the discussion thread');
      assert.ok(summary.warnings.some((w) => /posts\.csv line 7 \(post 141206\.ask-me-anything\).*skipped: a discussion thread/.test(w)), summary.warnings.join('\n'));

      const ferry = await site.services.reader.article('the-ferry-timetable');
      assert.equal(ferry.article.title, 'The ferry timetable nobody reads');
      assert.equal(ferry.article.dek, 'Why the 6:40 sailing still runs, and who pays for it');
      assert.equal(ferry.article.publishedAt, '2024-03-05T08:30:00.000Z');
      assert.deepEqual(ferry.notes.map((n) => [n.number, n.ibidOf]), [[1, null], [2, 1]], 'Substack footnotes are structured notes; "Ibid." points at note 1');
      assert.match(ferry.notes[0]!.rawText, /Annual passenger report 2023/);
      assert.equal(ferry.notes[0]!.url, 'https://example.org/ferries/report-2023.pdf');
      // The original image (not a resized CDN copy), its alt text, and its caption once.
      assert.match(ferry.article.bodyMarkdown, /!\[The ferry at the north quay at dawn\]\(https:\/\/substack-post-media\.s3\.amazonaws\.com\/public\/images\/5f1c2a7e-ferry_1456x970\.jpeg "The 6:40 at the north quay, January 2024\."\)/);
      assert.equal(ferry.article.bodyMarkdown.match(/north quay, January 2024/g)?.length, 1);
      assert.doesNotMatch(ferry.article.bodyMarkdown, /Subscribe|Share|footnote-anchor/, "Substack's own widgets are left out");
      assert.ok(summary.warnings.some((w) => /The ferry timetable nobody reads.*1 image still served from Substack/.test(w)), 'remote images are listed');

      const html = (await site.inject('/2024/03/the-ferry-timetable')).body;
      assert.match(html, /<img src="https:\/\/substack-post-media\.s3\.amazonaws\.com\/public\/images\/5f1c2a7e-ferry_1456x970\.jpeg" alt="The ferry at the north quay at dawn"/);
      assert.equal(html.match(/The 6:40 at the north quay, January 2024\./g)?.length, 1, 'the caption is shown once, under its image');
      assert.match(html, /<figcaption>The 6:40 at the north quay, January 2024\.<\/figcaption>/);
    });

    test('paid and founding-member posts are drafts (Dossier has no members-only posts), as are unpublished ones', async () => {
      for (const slug of ['harbour-dues-for-subscribers', 'founders-letter', 'draft-on-dredging']) {
        await assert.rejects(site.services.reader.article(slug), /no published article/, slug);
      }
      const exported = (await site.services.transfer.exports.json()).articles;
      assert.deepEqual(
        exported.filter((a) => a.status === 'draft').map((a) => a.slug).sort(),
        ['draft-on-dredging', 'founders-letter', 'harbour-dues-for-subscribers'],
      );
      assert.equal(exported.find((a) => a.slug === 'harbour-dues-for-subscribers')!.dek, 'What the port authority charged in 2023');
    });

    test('pages stay pages, podcasts link their audio, old /p/ links redirect', async () => {
      assert.equal((await site.services.reader.page('about')).page.title, 'About the Harbour Letter');
      const episode = await site.services.reader.article('pilot-boats-episode');
      assert.equal(episode.article.title, 'Episode 4: pilot boats, "the unsung fleet"');
      assert.match(episode.article.bodyMarkdown, /\[Listen to the episode\]\(https:\/\/api\.substack\.com\/feed\/podcast\/141207\/abc123\.mp3\)/);
      const old = await site.inject('/p/the-ferry-timetable');
      assert.equal(old.statusCode, 301);
      assert.equal(old.headers.location, '/2024/03/the-ferry-timetable');
    });

    test('importing the same export again adds nothing', async () => {
      const again = await site.services.transfer.imports.substack({ file: 'export.zip', zip: substackZip() });
      assert.equal(again.kinds['articles']?.created ?? 0, 0);
      assert.equal(again.kinds['articles']?.skipped, 5);
    });

    test('bad input is refused, naming the file and row, and nothing is written', async () => {
      const empty = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      try {
        const imports = empty.services.transfer.imports;
        await assert.rejects(imports.substack({ file: 'notes.zip', zip: Buffer.from('post_id,title\n1.a,A\n') }), /^DomainError: notes\.zip: not a zip file/);
        await assert.rejects(imports.substack({ file: 'other.zip', zip: substackZip({ without: ['posts.csv'] }) }), /^DomainError: other\.zip: there is no posts\.csv in the zip/);
        await assert.rejects(
          imports.substack({ file: 'export.zip', zip: substackZip({ without: ['posts/141203.founders-letter.html'] }) }),
          /^DomainError: export\.zip: posts\.csv line 4 \(post 141203\.founders-letter, "A letter to founding members"\): its text posts\/141203\.founders-letter\.html is not in the zip\.$/,
        );
        const badDate = readFileSync(join(FIXTURE, 'posts.csv'), 'utf8').replace('2024-04-11T07:00:00.000Z', 'last tuesday');
        await assert.rejects(imports.substack({ file: 'export.zip', zip: substackZip({ replace: { 'posts.csv': badDate } }) }), /posts\.csv line 3 \(post 141202\.harbour-dues-for-subscribers\): post_date "last tuesday" is not a date/);
        const noColumn = readFileSync(join(FIXTURE, 'posts.csv'), 'utf8').replace('audience,', 'who,');
        await assert.rejects(imports.substack({ file: 'export.zip', zip: substackZip({ replace: { 'posts.csv': noColumn } }) }), /posts\.csv: no "audience" column/);
        assert.equal(await articleCount(empty), 0);
      } finally {
        await empty.close();
      }
    });
  });
}
