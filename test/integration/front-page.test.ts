import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { HOME_BLOCK_SIZE } from '../../src/services/reader/list-pages.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

/** Each card of a list as a reader sees it: title, whether it is the lead, its image. */
function cardsOf(document: Document, scope = 'main > .cards') {
  return [...document.querySelectorAll(`${scope} > li`)].map((li) => {
    const img = li.querySelector('.card-image img');
    return {
      title: li.querySelector('.card-title a')!.textContent,
      lead: li.classList.contains('cards-lead'),
      image: img ? { alt: img.getAttribute('alt'), width: img.getAttribute('width'), height: img.getAttribute('height'), lazy: img.getAttribute('loading') === 'lazy', sizes: img.getAttribute('sizes') } : null,
    };
  });
}

for (const engine of ENGINES) {
  describe(`front page and lists as cards with images (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const publish = async (title: string, day: number, fields: Record<string, string> = {}) => {
      const created = await editor.post('/admin/articles', {
        title, body: 'Some text.', section: 'water', tags: 'pipes', author1: 'ada', action: 'publish',
        publishedAt: `2026-05-${String(day).padStart(2, '0')}T09:00`, ...fields,
      });
      assert.equal(created.statusCode, 303, `publishing ${title}`);
    };

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 140 } } }).png().toBuffer();
      const media = await site.services.media.upload({ bytes, filename: 'reservoir.png', alt: 'A reservoir', userId: null });
      await publish('Reservoir levels fall', 20, { featuredMediaId: String(media.id), featuredAlt: 'The reservoir at low water' });
      await publish('Pipes under the old town', 19, { featuredMediaId: String(media.id) });
      await publish('A plain article', 18);
      await publish('Clock tower restored', 17, { section: 'time', tags: '' });
    });
    after(() => site.close());

    test('the front page leads with the newest story, then a grid of cards with their featured images', async () => {
      const { document } = await site.page('/');
      const cards = cardsOf(document);
      assert.deepEqual(cards.map((c) => [c.title, c.lead]), [
        ['Reservoir levels fall', true], ['Pipes under the old town', false], ['A plain article', false], ['Clock tower restored', false],
      ]);
      // The article's own alt text, else the image's; width and height against layout shift.
      assert.deepEqual(cards[0]!.image, { alt: 'The reservoir at low water', width: '1200', height: '800', lazy: false, sizes: '(min-width: 72rem) 40rem, 100vw' });
      assert.equal(cards[1]!.image!.alt, 'A reservoir');
      assert.equal(cards[1]!.image!.lazy, true, 'images below the lead load lazily');
      assert.equal(cards[2]!.image, null);
      assert.ok(document.querySelector('main.wrap-wide'), 'lists use the wide layout');
    });

    test('section, tag and author pages show the same cards, without a lead story', async () => {
      for (const path of ['/section/water', '/tag/pipes', '/author/ada']) {
        const cards = cardsOf((await site.page(path)).document);
        assert.ok(cards.length >= 3, path);
        assert.ok(cards.every((c) => !c.lead), path);
        assert.equal(cards.find((c) => c.title === 'Reservoir levels fall')!.image!.alt, 'The reservoir at low water', path);
      }
    });

    test('sections chosen in settings get a block of their newest articles on the front page’s first page only', async () => {
      await site.services.settings.update({ homeSections: ['time', 'water/treatment', 'water'], postsPerPage: 2 });
      const { document } = await site.page('/');
      const blocks = [...document.querySelectorAll('.home-block')];
      // The empty Treatment block is left out; blocks keep the chosen order.
      assert.deepEqual(blocks.map((b) => b.querySelector('h2 a')!.textContent), ['Time', 'Water']);
      assert.equal(blocks[0]!.querySelector('h2 a')!.getAttribute('href'), '/section/time');
      assert.deepEqual(cardsOf(document, '.home-block:nth-of-type(2) .cards').map((c) => c.title).length, Math.min(HOME_BLOCK_SIZE, 3));
      assert.ok(blocks.every((b) => b.querySelectorAll('img[loading="lazy"], .card:not(:has(img))').length === b.querySelectorAll('.card').length));
      assert.equal((await site.page('/page/2')).document.querySelectorAll('.home-block').length, 0);
      await site.services.settings.update({ homeSections: [], postsPerPage: 10 });
    });

    test('related articles show their featured image as a thumbnail, and a tile without one', async () => {
      const { document } = await site.page('/2026/05/a-plain-article');
      const items = [...document.querySelectorAll('.related-list .related-item')];
      const reservoir = items.find((li) => li.querySelector('.related-title')!.textContent === 'Reservoir levels fall')!;
      assert.match(reservoir.querySelector('img.thumb')!.getAttribute('src')!, /^\/media\/[0-9a-f]+-\d+\.webp$/);
      const media = await site.inject(reservoir.querySelector('img.thumb')!.getAttribute('src')!);
      assert.equal(media.statusCode, 200);
      const clock = items.find((li) => li.querySelector('.related-title')!.textContent === 'Clock tower restored');
      if (clock) assert.ok(clock.querySelector('span.thumb'), 'a tile stands in without an image');
    });

    test('a bad section list is refused with the reason', async () => {
      await assert.rejects(site.services.settings.update({ homeSections: ['Not A Slug'] }), /homeSections: must be section slug paths/);
    });
  });
}
