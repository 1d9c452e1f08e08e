import { randomUUID } from 'node:crypto';
import { Feed } from 'feed';
import type { FeedFormat } from '../presenters/feed-links.js';
import type { FeedView } from '../presenters/feed-models.js';

/** MIME type of each feed format. */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Plain text as XML character data. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Plain text the `feed` package would mishandle in Atom: it writes entry titles and summaries
 * as `type="html"` CDATA (so a title "Fish & <Chips>" is read as markup), and un-escapes
 * `&amp;` in the feed title. Each is given to the package as a unique placeholder, which
 * renderAtom replaces with an element of type="text" and escaped text.
 */
interface AtomTexts {
  placeholders: Map<string, string>;
  hold(text: string): string;
}

function atomTexts(): AtomTexts {
  const nonce = randomUUID();
  const placeholders = new Map<string, string>();
  return {
    placeholders,
    hold(text) {
      const key = `dossier-text-${nonce}-${placeholders.size}`;
      placeholders.set(key, text);
      return key;
    },
  };
}

/**
 * Articles' HTML held out of the `feed` package's XML writer (xml-js). That writer joins every
 * element's text again at each level of nesting; once a feed passes 128 KB of string (64 K
 * characters with any curly quote or dash), each join is a new large V8 object, and the page
 * faults of its fresh memory made a 90 KB feed cost ≈5 ms. The writer also escapes only the
 * first `]]>` of a CDATA section. So the package gets a short placeholder per body, and the
 * document is put together as bytes: the writer's small XML and each body, every `]]>` split
 * across two CDATA sections, encoded piece by piece and copied once.
 */
interface HeldContent {
  hold(html: string): string;
  /** The XML, as UTF-8, with each placeholder's CDATA section holding its article's HTML. */
  fill(xml: string): Buffer;
  /** The JSON, as UTF-8, with each placeholder's string holding its article's HTML. */
  fillJson(json: string): Buffer;
}

function heldContent(): HeldContent {
  const nonce = randomUUID();
  const bodies: string[] = [];
  const put = (text: string, placeholder: RegExp, encode: (html: string) => string): Buffer => {
    const parts: Buffer[] = [];
    let last = 0;
    for (const match of text.matchAll(placeholder)) {
      const html = bodies[Number(match[1])];
      if (html === undefined) continue;
      parts.push(Buffer.from(text.slice(last, match.index)), Buffer.from(encode(html)));
      last = match.index + match[0].length;
    }
    parts.push(Buffer.from(text.slice(last)));
    return Buffer.concat(parts);
  };
  return {
    hold(html) {
      bodies.push(html);
      return `dossier-content-${nonce}-${bodies.length - 1}`;
    },
    fill: (xml) => put(xml, new RegExp(`<!\\[CDATA\\[dossier-content-${nonce}-(\\d+)\\]\\]>`, 'g'), (html) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`),
    fillJson: (json) => put(json, new RegExp(`"dossier-content-${nonce}-(\\d+)"`, 'g'), (html) => JSON.stringify(html)),
  };
}

/** Atom with every placeheld title and summary written as escaped plain text (type="text"). */
function renderAtom(view: FeedView): Buffer {
  const texts = atomTexts();
  const content = heldContent();
  const xml = build(view, content, texts).atom1();
  return content.fill(xml.replace(/<(title|summary|subtitle)( type="html")?>(?:<!\[CDATA\[)?(dossier-text-[0-9a-f-]+-\d+)(?:\]\]>)?<\/\1>/g, (whole, element: string, _type, key: string) => {
    const text = texts.placeholders.get(key);
    return text === undefined ? whole : `<${element} type="text">${escapeXml(text)}</${element}>`;
  }));
}

function build(view: FeedView, content: HeldContent | null, texts?: AtomTexts): Feed {
  const plain = (text: string) => (texts ? texts.hold(text) : text);
  const feed = new Feed({
    id: view.id,
    link: view.link,
    title: plain(view.title),
    description: view.description ? plain(view.description) : '',
    language: view.language,
    updated: new Date(view.updated),
    generator: 'Dossier',
    feedLinks: view.self,
    favicon: view.icon,
    ...(view.hub ? { hub: view.hub } : {}),
    copyright: `© ${view.publisher}`,
    // Atom needs an author on the feed when an entry has none.
    author: { name: view.publisher, link: view.link },
  });
  for (const item of view.items) {
    feed.addItem({
      id: item.id,
      guid: item.id,
      link: item.url,
      title: plain(item.title),
      description: item.summary ? plain(item.summary) : '',
      ...(item.contentHtml !== null ? { content: content ? content.hold(item.contentHtml) : item.contentHtml } : {}),
      date: new Date(item.updated),
      published: new Date(item.published),
      // An article without a byline has no author (the feed's own author stands in); the
      // package's JSON Feed writer fails on an empty list.
      ...(item.authors.length > 0 ? { author: item.authors.map((a) => ({ name: a.name, link: a.url })) } : {}),
      category: item.categories.map((c) => ({ name: c.name, term: c.name, scheme: c.url })),
    });
  }
  return feed;
}

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 adds `authors` (arrays), `language`, and
 * marks `author` deprecated. This lifts its output to 1.1, keeping `author` for old readers.
 */
function toJsonFeed11(json: string, view: FeedView): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  feed['version'] = 'https://jsonfeed.org/version/1.1';
  feed['language'] = view.language;
  feed['authors'] = [{ name: view.publisher, url: view.link }];
  if (view.hub) feed['hubs'] = [{ type: 'WebSub', url: view.hub }];
  feed.items.forEach((item, index) => {
    const source = view.items[index]!;
    if (source.authors.length > 0) item['authors'] = source.authors.map((a) => ({ name: a.name, url: a.url }));
    if (source.contentHtml === null) {
      // An excerpt feed: the summary is the whole text.
      delete item['content_html'];
      item['content_text'] = source.summary;
    }
  });
  return JSON.stringify(feed, null, 2);
}

/** Renders a feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1, in UTF-8. */
export function renderFeed(view: FeedView, format: FeedFormat): Buffer {
  if (format === 'atom') return renderAtom(view);
  const content = heldContent();
  if (format === 'json') return content.fillJson(toJsonFeed11(build(view, content).json1(), view));
  return content.fill(build(view, content).rss2());
}
