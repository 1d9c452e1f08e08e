import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Issue 15: "its Arabic note came out garbled (the author dropped)". An Arabic and a Persian
// article on sites in those languages: every part of each note is on the public page, in the
// locale's words and punctuation.

const ARABIC = `تراجعت المياه الجوفية.[^a] وتأخرت الأمطار.[^b] وجفت الأنهار.[^c]

[^a]: محمد عبد الله، *تاريخ المياه في مصر* (القاهرة: دار الشروق، ٢٠١٥)، ص. ٤٥.
[^b]: المرجع نفسه، ص. ٥٠.
[^c]: أحمد حسن، «الأنهار والمدن»، *مجلة الدراسات العربية* ١٢، العدد ٣ (٢٠١٨): ١٠١–١١٩.
`;
const PERSIAN = `قنات‌ها خشک شدند.[^a]

[^a]: مریم احمدی، «رودخانه‌ها و شهر»، *فصلنامه مطالعات شهری* ۱۲، شماره ۳ (۱۳۹۷): ۱۰۱–۱۱۹.
`;

const notesOf = async (site: TestSite, path: string) => {
  const { document } = await site.page(path);
  return [...document.querySelectorAll('.notes-list > li .note-text')].map((n) => n.textContent ?? '');
};

for (const engine of ENGINES) {
  describe(`notes in Arabic and Persian on the public page (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
    });
    after(() => site.close());

    test('an Arabic site shows the Arabic notes with their authors, titles, years, volumes and pages, and ibid in Arabic', async () => {
      await site.services.settings.update({ language: 'ar' });
      await site.services.articles.save(buildArticle({ slug: 'arabic', title: 'المياه', body: ARABIC }));
      await site.worker.drain();
      const [a, b, c] = await notesOf(site, '/2026/01/arabic');
      assert.equal(a, 'محمد عبد الله، تاريخ المياه في مصر (دار الشروق، 2015)، 45.');
      assert.equal(b, 'المرجع السابق، 50');
      assert.match(c!, /^أحمد حسن، "الأنهار والمدن"، مجلة الدراسات العربية 12، عدد 3 \(2018\): 101–19\.$/);
    });

    test('a Persian site shows the Persian note whole, with the fa-IR locale', async () => {
      await site.services.settings.update({ language: 'fa' });
      await site.services.articles.save(buildArticle({ slug: 'persian', title: 'قنات', body: PERSIAN }));
      await site.worker.drain();
      const [a] = await notesOf(site, '/2026/01/persian');
      assert.equal(a, 'مریم احمدی، “رودخانه‌ها و شهر،” فصلنامه مطالعات شهری 12، ش 3 (1397): 101–19.');
    });
  });
}
