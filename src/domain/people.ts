/** A writer with an author page. */
export interface Author {
  id: number;
  slug: string;
  name: string;
  bio: string;
  /** Fediverse handle `@user@host`, null when none (absent where the query did not read it). */
  fediverse?: string | null;
  /** The avatar stored as media, null when none (absent where the query did not read it). */
  avatarMediaId?: number | null;
  /** An avatar kept at its address (an import without its files); the media one wins. */
  avatarUrl?: string | null;
  /** The stored file of the media avatar, where the query read it (the Content API's profile_image). */
  avatarFile?: string | null;
}

/** A free-form label shared across sections. */
export interface Tag {
  id: number;
  slug: string;
  name: string;
}

/** The statuses a redirect may answer with: moved for good (301, 308) or for now (302, 307). */
export const REDIRECT_STATUSES = [301, 302, 307, 308] as const;

/** An old path that now lives elsewhere. */
export interface Redirect {
  fromPath: string;
  toPath: string;
  statusCode: (typeof REDIRECT_STATUSES)[number];
}

/** Whether a number is one of REDIRECT_STATUSES. */
export function isRedirectStatus(status: number): status is Redirect['statusCode'] {
  return (REDIRECT_STATUSES as readonly number[]).includes(status);
}
