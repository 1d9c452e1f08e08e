// What every feature shares: the store (repositories and transactions) and the clock.
// Each feature declares the repositories it needs in its own ports.ts.
import type { SessionRepository, UserRepository } from './accounts/ports.js';
import type { ArticleRepository, CorrectionRepository, EditorialRepository, RevisionRepository } from './articles/ports.js';
import type { CommentRepository } from './comments/ports.js';
import type { ContentApiRepository, ContentKeyRepository } from './content-api/ports.js';
import type { IntegrationTokenRepository } from './admin-api/ports.js';
import type { ListingRepository, RelatedRepository, SearchRepository } from './discovery/ports.js';
import type { JobRepository } from './jobs/ports.js';
import type { MediaRepository } from './media/ports.js';
import type { SettingsRepository } from './settings/ports.js';
import type { CaptureRepository, LinkRepository } from './sources/ports.js';
import type { AuthorRepository, RedirectRepository, SectionRepository, StructureAdminRepository, TagRepository, TermTranslationRepository } from './structure/ports.js';

import type { WebhookRepository } from './webhooks/ports.js';
import type { ImportSourceRepository, ImportWriterRepository, SiteRecordsRepository } from './transfer/ports.js';

/** What a limited attempt is counted against: sign-ins per account and per address, comments per address. */
export type AttemptScope = 'sign-in-account' | 'sign-in-ip' | 'comment-ip';

/** Whether an attempt was let through, and the window it counts in. */
export interface AttemptAdmission {
  admitted: boolean;
  /** Attempts counted in the window, this one included when admitted. */
  count: number;
  /** When the window ends: the earliest a refused attempt can be admitted. */
  windowEndsAt: string;
}

/**
 * Attempt counts per scope and key, in the database so every process shares them. An
 * admission checks and counts in one atomic write, so parallel attempts cannot all pass.
 */
export interface AttemptCounterRepository {
  /**
   * Counts one attempt if the key's window has room or has ended (a new one opens, ending
   * at `windowEnds[level]`, where the level grows by one after each full window and falls
   * back to 0 once the last window ended before `forgetBefore`); otherwise counts nothing.
   */
  admit(attempt: { scope: AttemptScope; key: string; now: string; limit: number; windowEnds: readonly string[]; forgetBefore: string }): Promise<AttemptAdmission>;
  /** Takes back one admitted attempt of the window ending at `windowEndsAt` (it succeeded, or another limit refused it). */
  refund(scope: AttemptScope, key: string, windowEndsAt: string): Promise<void>;
  /** Forgets a key entirely (an account after a successful sign-in). */
  clear(scope: AttemptScope, key: string): Promise<void>;
  /** Forgets the keys of a scope whose window ended before `before`. */
  prune(scope: AttemptScope, before: string): Promise<void>;
}

/** Every repository, bound to one connection or transaction. */
export interface Repositories {
  articles: ArticleRepository;
  sections: SectionRepository;
  authors: AuthorRepository;
  tags: TagRepository;
  termTranslations: TermTranslationRepository;
  redirects: RedirectRepository;
  settings: SettingsRepository;
  jobs: JobRepository;
  importSources: ImportSourceRepository;
  importWriter: ImportWriterRepository;
  links: LinkRepository;
  captures: CaptureRepository;
  comments: CommentRepository;
  search: SearchRepository;
  related: RelatedRepository;
  listings: ListingRepository;
  users: UserRepository;
  sessions: SessionRepository;
  attempts: AttemptCounterRepository;
  revisions: RevisionRepository;
  corrections: CorrectionRepository;
  media: MediaRepository;
  editorial: EditorialRepository;
  structureAdmin: StructureAdminRepository;
  contentApi: ContentApiRepository;
  contentKeys: ContentKeyRepository;
  webhooks: WebhookRepository;
  siteRecords: SiteRecordsRepository;
  integrationTokens: IntegrationTokenRepository;
}

/** Storage as services see it: repositories, and a way to run work in one transaction. */
export interface Store {
  repos: Repositories;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Resolves once the database answers a trivial query; throws UnavailableError when it cannot within `timeoutMs`. */
  ping(timeoutMs: number): Promise<void>;
}

/** The current time; injected so tests can fix it. */
export type Clock = () => Date;
