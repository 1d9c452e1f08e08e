import { isValidSlug, slugify } from '../../domain/slug.js';
import type { WxrAuthor, WxrCategory } from '../../importers/wordpress/wxr-types.js';
import type { Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;

function slugFrom(raw: string, fallback: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw).normalize('NFC').toLowerCase();
  } catch {
    decoded = raw.toLowerCase();
  }
  return isValidSlug(decoded) ? decoded : slugify(decoded) || slugify(fallback) || 'untitled';
}

/** Finds or creates the author for a WordPress login; returns the author's slug. */
export async function importAuthor(repos: Repositories, source: string, author: WxrAuthor, now: string, summary: Summary): Promise<string> {
  const known = await repos.importSources.find(source, 'author', author.login);
  const slug = slugFrom(author.login, author.displayName);
  if (known) {
    summary.count('authors', 'skipped');
    return (await repos.authors.findManyBySlugs([slug]))[0]?.slug ?? slug;
  }
  const existing = await repos.authors.findBySlug(slug);
  const id = existing?.id ?? (await repos.authors.insert({ slug, name: author.displayName.trim() || author.login, bio: '' }, now));
  summary.count('authors', existing ? 'skipped' : 'created');
  await repos.importSources.save(source, 'author', author.login, { localId: id, checksum: '' }, now);
  return slug;
}

/**
 * Creates sections from WordPress categories, parents before children; a category whose
 * parent is missing becomes a top-level section (with a warning). Returns nicename → slug.
 */
export async function importCategories(repos: Repositories, source: string, categories: WxrCategory[], now: string, summary: Summary): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  const ids = new Map<string, number>();
  const existing = new Map((await repos.sections.all()).map((s) => [s.slug, s.id]));
  let pending = [...categories];
  while (pending.length > 0) {
    const ready = pending.filter((c) => !c.parent || ids.has(c.parent) || !categories.some((o) => o.nicename === c.parent));
    const batch = ready.length > 0 ? ready : [pending[0]!];
    for (const category of batch) {
      const slug = slugFrom(category.nicename, category.name);
      slugs.set(category.nicename, slug);
      let parentId: number | null = null;
      if (category.parent) {
        parentId = ids.get(category.parent) ?? null;
        if (parentId === null) summary.warnings.push(`Category "${category.name}" names a parent "${category.parent}" that is not in the file; it becomes a top-level section.`);
      }
      const found = existing.get(slug);
      if (found !== undefined) {
        ids.set(category.nicename, found);
        summary.count('sections', 'skipped');
        continue;
      }
      const id = await repos.sections.insert({ slug, name: category.name || slug, description: category.description, parentId, position: 0 }, now);
      ids.set(category.nicename, id);
      existing.set(slug, id);
      await repos.importSources.save(source, 'category', category.nicename, { localId: id, checksum: '' }, now);
      summary.count('sections', 'created');
    }
    pending = pending.filter((c) => !batch.includes(c));
  }
  return slugs;
}

// Tags known to exist, per transaction's repositories: an import names the same few tags thousands of times.
const knownTags = new WeakMap<Repositories, Set<string>>();

/** Finds or creates a tag; returns its slug. */
export async function ensureTag(repos: Repositories, rawSlug: string, name: string, summary: Summary, quiet = false): Promise<string> {
  const slug = slugFrom(rawSlug, name);
  let known = knownTags.get(repos);
  if (!known) knownTags.set(repos, (known = new Set()));
  if (known.has(slug) || (await repos.tags.findBySlug(slug))) {
    known.add(slug);
    if (!quiet) summary.count('tags', 'skipped');
    return slug;
  }
  await repos.tags.insert({ slug, name: name.trim() || slug });
  known.add(slug);
  summary.count('tags', 'created');
  return slug;
}
