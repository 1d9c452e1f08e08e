/** The site an export came from. */
export interface WxrChannel {
  title: string;
  link: string;
  language: string;
  version: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrCategory {
  termId: string;
  nicename: string;
  /** The parent's nicename, or '' at the top. */
  parent: string;
  name: string;
  description: string;
}

export interface WxrTag {
  termId: string;
  slug: string;
  name: string;
  description: string;
}

export interface WxrComment {
  /** Line of the `<wp:comment>` in the file, for messages. */
  line?: number;
  id: string;
  author: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  date: string;
  dateGmt: string;
  content: string;
  /** '1' approved, '0' pending, 'spam', 'trash'. */
  approved: string;
  type: string;
  parent: string;
  userId: string;
}

/** One `<item>`: a post, page, attachment, menu item… */
export interface WxrItem {
  /** Line of the `<item>` in the file, for messages. */
  line: number;
  title: string;
  link: string;
  pubDate: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: string;
  menuOrder: string;
  postType: string;
  postPassword: string;
  isSticky: string;
  attachmentUrl: string;
  categories: Array<{ domain: string; nicename: string; name: string }>;
  meta: Record<string, string>;
  comments: WxrComment[];
}

/** What the reader hands on, in file order. */
export type WxrEntry =
  | { type: 'channel'; channel: WxrChannel }
  | { type: 'author'; author: WxrAuthor }
  | { type: 'category'; category: WxrCategory }
  | { type: 'tag'; tag: WxrTag }
  | { type: 'item'; item: WxrItem };
