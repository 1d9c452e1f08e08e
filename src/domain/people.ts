/** A writer with an author page. */
export interface Author {
  id: number;
  slug: string;
  name: string;
  bio: string;
}

/** A free-form label shared across sections. */
export interface Tag {
  id: number;
  slug: string;
  name: string;
}

/** An old path that now lives elsewhere. */
export interface Redirect {
  fromPath: string;
  toPath: string;
  statusCode: 301 | 302 | 307 | 308;
}
