import type { Kysely } from 'kysely';
import { isPubliclyVisible, type ArticleSummary } from '../../domain/article.js';
import type { TranslationRepository } from '../../services/articles/ports.js';
import type { DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';
import { SUMMARY_COLUMNS, toSummary } from './row-mappers.js';

// The article's group by its primary key, then the group's members through
// articles_translation_group_idx: two index look-ups at any archive size. The members
// query filters on the group alone: with the visibility terms beside it, SQLite may walk
// articles_listing_idx over every published article instead (its statistics see a column
// that is NULL on nearly every row), so visibility is checked on the few members in code.
const groupOf = (db: Kysely<DB>, articleId: number) =>
  db.selectFrom('articles as g').select('g.translation_group').where('g.id', '=', articleId);
const articleGroup = compiledQuery((db: Kysely<DB>, p: { articleId: number }) =>
  db.selectFrom('articles').select('articles.translation_group').where('articles.id', '=', p.articleId));
const groupMembers = compiledQuery((db: Kysely<DB>, p: { group: number }) =>
  db.selectFrom('articles').select(SUMMARY_COLUMNS)
    .where('articles.translation_group', '=', p.group)
    .orderBy('articles.translation_group').orderBy('articles.language'));

/** Translation groups on Kysely: articles that translate each other share `translation_group`. */
export function translationGroups(db: Kysely<DB>): TranslationRepository {
  async function members(articleId: number): Promise<ArticleSummary[]> {
    const rows = await db.selectFrom('articles').select(SUMMARY_COLUMNS)
      .where('articles.translation_group', '=', groupOf(db, articleId)).orderBy('articles.language').execute();
    return rows.map(toSummary);
  }
  return {
    async publishedTranslations(articleId, now, known) {
      const group = known !== undefined ? known : (await articleGroup(db, { articleId }))[0]?.translation_group ?? null;
      if (group === null) return [];
      return (await groupMembers(db, { group })).map(toSummary)
        .filter((member) => member.id !== articleId && member.kind === 'article' && isPubliclyVisible(member, new Date(now)));
    },

    async translationsOfMany(articleIds) {
      if (articleIds.length === 0) return new Map();
      // Two index look-ups, never a join the planner may turn into a scan of every article (a
      // sitemap block names 2,000 ids): the groups of those ids by primary key, then the
      // groups' members through articles_translation_group_idx (none on a site without translations).
      const grouped = await db.selectFrom('articles').select(['id', 'translation_group'])
        .where('id', 'in', articleIds).where('translation_group', 'is not', null).execute();
      const found = new Map<number, ArticleSummary[]>();
      if (grouped.length === 0) return found;
      const groups = [...new Set(grouped.map((g) => g.translation_group!))];
      const members = await db.selectFrom('articles').select([...SUMMARY_COLUMNS, 'articles.translation_group'])
        .where('articles.translation_group', 'in', groups).execute();
      for (const { id, translation_group: group } of grouped) {
        const others = members.filter((m) => m.translation_group === group && m.id !== id).map(toSummary);
        if (others.length > 0) found.set(id, others);
      }
      return found;
    },

    members,

    async linkTranslation(articleId, otherId) {
      const rows = await db.selectFrom('articles').select(['id', 'translation_group']).where('id', 'in', [articleId, otherId]).execute();
      const groups = rows.map((r) => r.translation_group).filter((g): g is number => g !== null);
      const group = groups.length > 0 ? Math.min(...groups) : Math.min(articleId, otherId);
      // Both articles, and every member of either's group, join one group.
      await db.updateTable('articles').set({ translation_group: group })
        .where((eb) => eb.or([eb('id', 'in', [articleId, otherId]), ...(groups.length ? [eb('translation_group', 'in', groups)] : [])]))
        .execute();
      return (await members(articleId)).map((a) => a.id);
    },

    async unlinkTranslation(articleId) {
      const before = await members(articleId);
      await db.updateTable('articles').set({ translation_group: null }).where('id', '=', articleId).execute();
      const rest = before.filter((a) => a.id !== articleId);
      // A group of one is no group.
      if (rest.length === 1) await db.updateTable('articles').set({ translation_group: null }).where('id', '=', rest[0]!.id).execute();
      return before.map((a) => a.id);
    },
  };
}
