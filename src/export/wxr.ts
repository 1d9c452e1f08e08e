import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

/** One post or page, ready for a WordPress export: HTML content with WordPress footnote markers. */
export interface WxrPost {
  id: number;
  type: 'post' | 'page';
  title: string;
  slug: string;
  link: string;
  status: 'publish' | 'draft' | 'future';
  /** ISO 8601 UTC. */
  date: string;
  modified: string;
  creator: string;
  excerpt: string;
  html: string;
  footnotes: Array<{ id: string; content: string }>;
  sticky: boolean;
  commentsOpen: boolean;
  section: string | null;
  tags: string[];
  comments: Array<{ id: number; parent: number; author: string; email: string; url: string; date: string; content: string; approved: string }>;
}

/** What a WordPress export holds. */
export interface WxrSite {
  title: string;
  description: string;
  url: string;
  language: string;
  authors: Array<{ id: number; login: string; name: string }>;
  categories: Array<{ id: number; slug: string; name: string; parent: string; description: string }>;
  tags: Array<{ id: number; slug: string; name: string }>;
  posts: WxrPost[];
}

const NS = {
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wp: 'http://wordpress.org/export/1.2/',
};

/** "2026-03-04 09:00:00", as WordPress writes dates. */
function wpDate(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

const cdata = (parent: XMLBuilder, name: string, text: string) => parent.ele(name).dat(text.replace(/]]>/g, ']]]]><![CDATA[>')).up();
const text = (parent: XMLBuilder, name: string, value: string | number) => parent.ele(name).txt(String(value)).up();

function addPost(channel: XMLBuilder, post: WxrPost): void {
  const item = channel.ele('item');
  cdata(item, 'title', post.title);
  text(item, 'link', post.link);
  text(item, 'pubDate', new Date(post.date).toUTCString().replace('GMT', '+0000'));
  cdata(item, 'dc:creator', post.creator);
  item.ele('guid', { isPermaLink: 'false' }).txt(post.link).up();
  text(item, 'description', '');
  cdata(item, 'content:encoded', post.html);
  cdata(item, 'excerpt:encoded', post.excerpt);
  text(item, 'wp:post_id', post.id);
  cdata(item, 'wp:post_date', wpDate(post.date));
  cdata(item, 'wp:post_date_gmt', wpDate(post.date));
  cdata(item, 'wp:post_modified', wpDate(post.modified));
  cdata(item, 'wp:post_modified_gmt', wpDate(post.modified));
  cdata(item, 'wp:comment_status', post.commentsOpen ? 'open' : 'closed');
  cdata(item, 'wp:ping_status', 'closed');
  cdata(item, 'wp:post_name', post.slug);
  cdata(item, 'wp:status', post.status);
  text(item, 'wp:post_parent', 0);
  text(item, 'wp:menu_order', 0);
  cdata(item, 'wp:post_type', post.type);
  cdata(item, 'wp:post_password', '');
  text(item, 'wp:is_sticky', post.sticky ? 1 : 0);
  if (post.section) item.ele('category', { domain: 'category', nicename: post.section }).dat(post.section).up();
  for (const tag of post.tags) item.ele('category', { domain: 'post_tag', nicename: tag }).dat(tag).up();
  if (post.footnotes.length > 0) {
    const meta = item.ele('wp:postmeta');
    cdata(meta, 'wp:meta_key', 'footnotes');
    cdata(meta, 'wp:meta_value', JSON.stringify(post.footnotes));
  }
  for (const c of post.comments) {
    const comment = item.ele('wp:comment');
    text(comment, 'wp:comment_id', c.id);
    cdata(comment, 'wp:comment_author', c.author);
    cdata(comment, 'wp:comment_author_email', c.email);
    text(comment, 'wp:comment_author_url', c.url);
    cdata(comment, 'wp:comment_author_IP', '');
    cdata(comment, 'wp:comment_date', wpDate(c.date));
    cdata(comment, 'wp:comment_date_gmt', wpDate(c.date));
    cdata(comment, 'wp:comment_content', c.content);
    cdata(comment, 'wp:comment_approved', c.approved);
    cdata(comment, 'wp:comment_type', 'comment');
    text(comment, 'wp:comment_parent', c.parent);
    text(comment, 'wp:comment_user_id', 0);
  }
}

/** A WordPress eXtended RSS 1.2 document, as WordPress's own exporter writes it. */
export function renderWxr(site: WxrSite): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rss = doc.ele('rss', {
    version: '2.0',
    'xmlns:excerpt': NS.excerpt,
    'xmlns:content': NS.content,
    'xmlns:wfw': NS.wfw,
    'xmlns:dc': NS.dc,
    'xmlns:wp': NS.wp,
  });
  const channel = rss.ele('channel');
  text(channel, 'title', site.title);
  text(channel, 'link', site.url);
  text(channel, 'description', site.description);
  text(channel, 'language', site.language);
  text(channel, 'wp:wxr_version', '1.2');
  text(channel, 'wp:base_site_url', site.url);
  text(channel, 'wp:base_blog_url', site.url);
  for (const author of site.authors) {
    const el = channel.ele('wp:author');
    text(el, 'wp:author_id', author.id);
    cdata(el, 'wp:author_login', author.login);
    cdata(el, 'wp:author_email', '');
    cdata(el, 'wp:author_display_name', author.name);
    cdata(el, 'wp:author_first_name', '');
    cdata(el, 'wp:author_last_name', '');
  }
  for (const category of site.categories) {
    const el = channel.ele('wp:category');
    text(el, 'wp:term_id', category.id);
    cdata(el, 'wp:category_nicename', category.slug);
    cdata(el, 'wp:category_parent', category.parent);
    cdata(el, 'wp:cat_name', category.name);
    cdata(el, 'wp:category_description', category.description);
  }
  for (const tag of site.tags) {
    const el = channel.ele('wp:tag');
    text(el, 'wp:term_id', tag.id);
    cdata(el, 'wp:tag_slug', tag.slug);
    cdata(el, 'wp:tag_name', tag.name);
  }
  for (const post of site.posts) addPost(channel, post);
  return doc.end({ prettyPrint: true });
}
