import { SaxesParser, type SaxesTag } from 'saxes';
import { invalid } from '../../domain/errors.js';
import type { WxrAuthor, WxrCategory, WxrChannel, WxrComment, WxrEntry, WxrItem, WxrTag } from './wxr-types.js';

const SUPPORTED = ['1.0', '1.1', '1.2'];
const AUTHOR_FIELDS: Record<string, keyof WxrAuthor> = {
  'wp:author_id': 'id', 'wp:author_login': 'login', 'wp:author_email': 'email', 'wp:author_display_name': 'displayName',
  'wp:author_first_name': 'firstName', 'wp:author_last_name': 'lastName',
};
const CATEGORY_FIELDS: Record<string, keyof WxrCategory> = {
  'wp:term_id': 'termId', 'wp:category_nicename': 'nicename', 'wp:category_parent': 'parent', 'wp:cat_name': 'name', 'wp:category_description': 'description',
};
const TAG_FIELDS: Record<string, keyof WxrTag> = { 'wp:term_id': 'termId', 'wp:tag_slug': 'slug', 'wp:tag_name': 'name', 'wp:tag_description': 'description' };
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title', link: 'link', pubDate: 'pubDate', 'dc:creator': 'creator', guid: 'guid', 'content:encoded': 'content',
  'excerpt:encoded': 'excerpt', 'wp:post_id': 'postId', 'wp:post_date': 'postDate', 'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified': 'postModified', 'wp:post_modified_gmt': 'postModifiedGmt', 'wp:comment_status': 'commentStatus',
  'wp:post_name': 'postName', 'wp:status': 'status', 'wp:post_parent': 'postParent', 'wp:menu_order': 'menuOrder',
  'wp:post_type': 'postType', 'wp:post_password': 'postPassword', 'wp:is_sticky': 'isSticky', 'wp:attachment_url': 'attachmentUrl',
};
const COMMENT_FIELDS: Record<string, Exclude<keyof WxrComment, 'line'>> = {
  'wp:comment_id': 'id', 'wp:comment_author': 'author', 'wp:comment_author_email': 'authorEmail', 'wp:comment_author_url': 'authorUrl',
  'wp:comment_author_IP': 'authorIp', 'wp:comment_date': 'date', 'wp:comment_date_gmt': 'dateGmt', 'wp:comment_content': 'content',
  'wp:comment_approved': 'approved', 'wp:comment_type': 'type', 'wp:comment_parent': 'parent', 'wp:comment_user_id': 'userId',
};

function blank<T extends object>(fields: Record<string, keyof T>): T {
  return Object.fromEntries(Object.values(fields).map((k) => [k, ''])) as T;
}

function attributeText(value: unknown): string {
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return typeof value === 'string' ? value : '';
}

/** A streaming WXR (WordPress export) reader: feed it text, collect entries as they complete. */
export interface WxrReader {
  /** Parses a chunk; entries completed by it are returned. Throws on malformed XML, naming line and column. */
  write(chunk: string): WxrEntry[];
  /** Ends the document; throws if it was cut short or is not a WordPress export. */
  close(): WxrEntry[];
}

/** Creates a reader for one file (`file` is used in error messages). */
export function createWxrReader(file: string): WxrReader {
  const parser = new SaxesParser({ position: true });
  const out: WxrEntry[] = [];
  const stack: string[] = [];
  let text = '';
  const channel: WxrChannel = { title: '', link: '', language: '', version: '', baseSiteUrl: '', baseBlogUrl: '' };
  let channelSent = false;
  let author: WxrAuthor | null = null;
  let category: WxrCategory | null = null;
  let tag: WxrTag | null = null;
  let item: WxrItem | null = null;
  let comment: WxrComment | null = null;
  let metaKey = '';
  let itemCategory: { domain: string; nicename: string } | null = null;

  const fail = (message: string): never => {
    throw invalid(`${file}:${parser.line}:${parser.column}: ${message}`, 'file');
  };
  const sendChannel = () => {
    if (channelSent) return;
    if (!channel.version) fail('this is not a WordPress export: <wp:wxr_version> is missing before the first entry.');
    if (!SUPPORTED.includes(channel.version)) fail(`WXR version ${channel.version} is not supported; Dossier reads WXR 1.0, 1.1 and 1.2.`);
    channelSent = true;
    out.push({ type: 'channel', channel });
  };

  parser.on('error', (error) => {
    throw invalid(`${file}:${parser.line}:${parser.column}: malformed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, 'file');
  });
  parser.on('opentag', (tag_: SaxesTag) => {
    const name = tag_.name;
    if (stack.length === 0 && name !== 'rss') fail(`expected an <rss> export, found <${name}>.`);
    stack.push(name);
    text = '';
    const parent = stack[stack.length - 2];
    if (parent === 'channel') {
      if (name === 'wp:author') author = blank<WxrAuthor>(AUTHOR_FIELDS);
      else if (name === 'wp:category') category = blank<WxrCategory>(CATEGORY_FIELDS);
      else if (name === 'wp:tag') tag = blank<WxrTag>(TAG_FIELDS);
      else if (name === 'item') {
        sendChannel();
        item = { ...blank<WxrItem>(ITEM_FIELDS), line: parser.line, categories: [], meta: {}, comments: [] };
      }
    } else if (item && name === 'wp:comment' && parent === 'item') comment = { ...blank<Omit<WxrComment, 'line'>>(COMMENT_FIELDS), line: parser.line };
    else if (item && name === 'category' && parent === 'item') {
      itemCategory = { domain: attributeText(tag_.attributes['domain']), nicename: attributeText(tag_.attributes['nicename']) };
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', () => {
    const name = stack.pop()!;
    const parent = stack[stack.length - 1];
    const value = text.trim() === '' ? '' : text;
    if (parent === 'channel') {
      if (name === 'wp:wxr_version') channel.version = value.trim();
      else if (name === 'title') channel.title = value;
      else if (name === 'link') channel.link = value.trim();
      else if (name === 'language') channel.language = value.trim();
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = value.trim();
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim();
      else if (name === 'wp:author' && author) {
        sendChannel();
        out.push({ type: 'author', author });
        author = null;
      } else if (name === 'wp:category' && category) {
        sendChannel();
        out.push({ type: 'category', category });
        category = null;
      } else if (name === 'wp:tag' && tag) {
        sendChannel();
        out.push({ type: 'tag', tag });
        tag = null;
      } else if (name === 'item' && item) {
        out.push({ type: 'item', item });
        item = null;
      }
    } else if (parent === 'wp:author' && author && AUTHOR_FIELDS[name]) author[AUTHOR_FIELDS[name]!] = value.trim();
    else if (parent === 'wp:category' && category && CATEGORY_FIELDS[name]) category[CATEGORY_FIELDS[name]!] = value.trim();
    else if (parent === 'wp:tag' && tag && TAG_FIELDS[name]) tag[TAG_FIELDS[name]!] = value.trim();
    else if (parent === 'wp:comment' && comment && COMMENT_FIELDS[name]) comment[COMMENT_FIELDS[name]!] = name === 'wp:comment_content' ? value : value.trim();
    else if (parent === 'item' && item) {
      if (name === 'wp:comment' && comment) {
        item.comments.push(comment);
        comment = null;
      } else if (name === 'category' && itemCategory) {
        item.categories.push({ ...itemCategory, name: value.trim() });
        itemCategory = null;
      } else if (ITEM_FIELDS[name]) {
        const raw = ['content:encoded', 'excerpt:encoded', 'title'].includes(name);
        (item as unknown as Record<string, string>)[ITEM_FIELDS[name]!] = raw ? value : value.trim();
      }
    } else if (parent === 'wp:postmeta' && item) {
      if (name === 'wp:meta_key') metaKey = value.trim();
      else if (name === 'wp:meta_value') item.meta[metaKey] = value;
    }
    text = '';
  });

  const drain = () => out.splice(0, out.length);
  return {
    write(chunk) {
      parser.write(chunk);
      return drain();
    },
    close() {
      if (stack.length > 0) fail(`the file ends inside <${stack[stack.length - 1]}>: it looks truncated.`);
      parser.close();
      sendChannel();
      return drain();
    },
  };
}
