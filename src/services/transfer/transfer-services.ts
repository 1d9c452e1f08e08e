import type { DemoContent } from '../../demo/types.js';
import type { MarkdownArticle } from '../../importers/markdown/read-markdown-file.js';
import type { CommentKeys } from '../comments/comment-keys.js';
import type { MediaTools } from '../media/ports.js';
import type { Clock, Store } from '../ports.js';
import { exportSite } from './export-site.js';
import type { GhostImportInput } from './import-ghost.js';
import type { WordPressImportInput } from './ports.js';
import { seedDemo } from './seed-demo.js';

/** What imports need besides the store and clock. */
export interface TransferServiceDeps {
  /** Imported comments get the site's IP hash. */
  commentKeys: () => Promise<CommentKeys>;
  /** Imported attachments become media. */
  media?: MediaTools;
}

/**
 * Imports, exports and the demo content, bound to one store and clock. Importers and
 * exporters are loaded when used: their parsers and converters would otherwise add to
 * every server's start-up time.
 */
export function createTransferServices(store: Store, clock: Clock, deps: TransferServiceDeps) {
  return {
    imports: {
      wordpress: async (input: WordPressImportInput) => (await import('./import-wordpress.js')).importWordPress(store, clock, input, deps.commentKeys, deps.media),
      ghost: async (input: GhostImportInput) => (await import('./import-ghost.js')).importGhost(store, clock, input, deps.media),
      markdown: async (input: { folder: string; articles: MarkdownArticle[] }) => (await import('./import-markdown.js')).importMarkdown(store, clock, input),
      json: async (input: { file: string; json: string }) => (await import('./import-json.js')).importJson(store, clock, input),
      substack: async (input: { file: string; zip: Buffer }) => (await import('./import-substack.js')).importSubstack(store, clock, input),
    },
    exports: {
      json: (options: { withSecrets?: boolean } = {}) => exportSite(store, clock, options),
      wordpress: async (siteUrl: string) => (await import('./export-wxr.js')).exportWordPress(await exportSite(store, clock), siteUrl),
    },
    seedDemo: (content: DemoContent) => seedDemo(store, clock, content, deps.media),
  };
}

/** The transfer services. */
export type TransferServices = ReturnType<typeof createTransferServices>;
