// Generated exports for the import benchmark: Ghost JSON, a Dossier JSON export and a Markdown
// folder, each post with a few paragraphs, notes with citations, tags and (where the format has
// them) two threaded comments. The WordPress export is bench/wxr-generate.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = ['reservoir', 'meter', 'pipe', 'chlorine', 'valve', 'survey', 'clock', 'tide', 'river', 'pump', 'audit', 'rate', 'main', 'leak', 'filter'];
const TAGS = ['water', 'budget', 'health', 'courts', 'energy', 'housing', 'transport', 'schools'];
const word = (i: number, k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
const date = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString();
const tagsOf = (i: number) => [TAGS[i % TAGS.length]!, TAGS[(i * 3 + 1) % TAGS.length]!].filter((t, k, all) => all.indexOf(t) === k);

/** A post's body as Markdown with three GFM footnotes (a book, a newspaper article with a URL, an ibid). */
export function benchMarkdownBody(i: number): string {
  const paragraphs = Array.from({ length: 6 }, (_, p) => `The ${word(i, p)} and the ${word(i, p + 1)} were both examined in the ${word(i, p + 2)} report.[^${(p % 3) + 1}]`);
  return `${paragraphs.join('\n\n')}\n\n[^1]: Board. *Annual Report ${i}*. Board Press, 2019, p. ${i % 90}.\n[^2]: Moreno, Luis. "Update ${i}." *City Times*, 3 May 2019. https://times.example.org/${i}\n[^3]: Ibid., p. 4.\n`;
}

/** Writes a Ghost 5 export of `posts` posts (Mobiledoc and Lexical, half each); returns its size in bytes. */
export function writeBenchGhost(path: string, posts: number): number {
  const tags = TAGS.map((slug, n) => ({ id: `t${n}`, slug, name: slug[0]!.toUpperCase() + slug.slice(1), description: null }));
  const users = [{ id: 'u1', slug: 'writer', name: 'A Writer', bio: null }, { id: 'u2', slug: 'editor', name: 'An Editor', bio: null }];
  const rows = [];
  const postsTags: Array<{ post_id: string; tag_id: string; sort_order: number }> = [];
  const postsAuthors = [];
  for (let i = 1; i <= posts; i++) {
    const markdown = benchMarkdownBody(i);
    const content = i % 2 === 0
      ? { mobiledoc: JSON.stringify({ version: '0.3.1', atoms: [], markups: [], cards: [['markdown', { markdown }]], sections: [[10, 0]] }) }
      : { lexical: JSON.stringify({ root: { type: 'root', children: [{ type: 'markdown', markdown }] } }) };
    rows.push({ id: `p${i}`, title: `Post ${i} about the ${word(i, 0)}`, slug: `post-${i}`, type: 'post', status: 'published', visibility: 'public', ...content, featured: 0, published_at: date(i), updated_at: date(i), created_at: date(i) });
    tagsOf(i).forEach((slug, n) => postsTags.push({ post_id: `p${i}`, tag_id: `t${TAGS.indexOf(slug)}`, sort_order: n }));
    postsAuthors.push({ post_id: `p${i}`, author_id: i % 5 === 0 ? 'u2' : 'u1', sort_order: 0 });
  }
  const text = JSON.stringify({ db: [{ meta: { version: '5.80.0' }, data: { posts: rows, tags, users, posts_tags: postsTags, posts_authors: postsAuthors } }] });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Writes a Dossier JSON export of `posts` articles with two threaded comments each; returns its size in bytes. */
export function writeBenchDossierJson(path: string, posts: number): number {
  const articles = [];
  const comments = [];
  for (let i = 1; i <= posts; i++) {
    articles.push({
      kind: 'article', status: 'published', title: `Post ${i} about the ${word(i, 0)}`, slug: `post-${i}`, dek: null, excerpt: '',
      section: i % 3 === 0 ? 'science' : 'city', tags: tagsOf(i), authors: [i % 5 === 0 ? 'editor' : 'writer'], body: benchMarkdownBody(i),
      publishedAt: date(i), updatedAt: date(i), createdAt: date(i), language: 'en', sticky: false, commentsOpen: true, references: [],
    });
    comments.push({ id: i * 2, article: `post-${i}`, parent: null, status: 'approved', authorName: 'Reader', authorEmail: 'r@example.org', authorUrl: null, body: `Thanks for the ${word(i, 3)} details.`, createdAt: date(i) });
    comments.push({ id: i * 2 + 1, article: `post-${i}`, parent: i * 2, status: 'approved', authorName: 'Writer', authorEmail: 'w@example.org', authorUrl: null, body: 'You are welcome.', createdAt: date(i) });
  }
  const text = JSON.stringify({
    format: 'dossier-export', version: 1, exportedAt: new Date().toISOString(), settings: {},
    sections: [{ slug: 'city', name: 'City', description: '', parent: null, position: 0 }, { slug: 'science', name: 'Science', description: '', parent: null, position: 1 }],
    tags: TAGS.map((slug) => ({ slug, name: slug[0]!.toUpperCase() + slug.slice(1) })),
    authors: [{ slug: 'writer', name: 'A Writer', bio: '' }, { slug: 'editor', name: 'An Editor', bio: '' }],
    articles, comments, redirects: [], media: [],
  });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Writes a folder of `posts` Markdown files with front matter; returns their total size in bytes. */
export function writeBenchMarkdown(dir: string, posts: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 1; i <= posts; i++) {
    const text = `---\ntitle: "Post ${i} about the ${word(i, 0)}"\nslug: post-${i}\ndate: ${date(i)}\nsection: ${i % 3 === 0 ? 'science' : 'city'}\ntags: [${tagsOf(i).join(', ')}]\nauthors: [${i % 5 === 0 ? 'editor' : 'writer'}]\n---\n\n${benchMarkdownBody(i)}`;
    writeFileSync(join(dir, `post-${String(i).padStart(6, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
