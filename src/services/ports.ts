// What every feature shares: the store (repositories and transactions) and the clock.
// Each feature declares the repositories it needs in its own ports.ts.
import type { LoginFailureRepository, SessionRepository, UserRepository } from './accounts/ports.js';
import type { ArticleRepository, CorrectionRepository, EditorialRepository, RevisionRepository } from './articles/ports.js';
import type { CommentAttemptRepository, CommentRepository } from './comments/ports.js';
import type { ListingRepository, RelatedRepository, SearchRepository } from './discovery/ports.js';
import type { JobRepository } from './jobs/ports.js';
import type { MediaRepository } from './media/ports.js';
import type { SettingsRepository } from './settings/ports.js';
import type { LinkRepository } from './sources/ports.js';
import type { AuthorRepository, RedirectRepository, SectionRepository, StructureAdminRepository, TagRepository } from './structure/ports.js';
import type { ImportSourceRepository, ImportWriterRepository } from './transfer/ports.js';

/** Every repository, bound to one connection or transaction. */
export interface Repositories {
  articles: ArticleRepository;
  sections: SectionRepository;
  authors: AuthorRepository;
  tags: TagRepository;
  redirects: RedirectRepository;
  settings: SettingsRepository;
  jobs: JobRepository;
  importSources: ImportSourceRepository;
  importWriter: ImportWriterRepository;
  links: LinkRepository;
  comments: CommentRepository;
  commentAttempts: CommentAttemptRepository;
  search: SearchRepository;
  related: RelatedRepository;
  listings: ListingRepository;
  users: UserRepository;
  sessions: SessionRepository;
  loginFailures: LoginFailureRepository;
  revisions: RevisionRepository;
  corrections: CorrectionRepository;
  media: MediaRepository;
  editorial: EditorialRepository;
  structureAdmin: StructureAdminRepository;
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
