import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '../domain/user.js';
import { canArticle, type ArticleAction } from './articles.js';
import { mayUploadMedia } from './media.js';
import type { Actor } from './policy.js';
import { signedIn } from './session.js';
import { mayChangeSettings } from './settings.js';
import { mayManageStructure } from './structure.js';
import { mayManageUsers } from './users.js';

const user = (role: Role): Actor => ({ kind: 'user', id: 7, role, name: role, authorId: 70 });
const own = { ownerUserId: 7, authorIds: [], status: 'draft' as const };
const bylined = { ownerUserId: 1, authorIds: [70], status: 'published' as const };
const other = { ownerUserId: 1, authorIds: [71], status: 'draft' as const };
const ownPublished = { ...own, status: 'published' as const };

// role → action → [own draft, own published, bylined published, someone else's draft]
const table: Record<Role, Record<ArticleAction, [boolean, boolean, boolean, boolean]>> = {
  administrator: { create: [true, true, true, true], edit: [true, true, true, true], publish: [true, true, true, true], unpublish: [true, true, true, true], correct: [true, true, true, true] },
  editor: { create: [true, true, true, true], edit: [true, true, true, true], publish: [true, true, true, true], unpublish: [true, true, true, true], correct: [true, true, true, true] },
  author: { create: [true, true, true, true], edit: [true, true, true, false], publish: [true, true, true, false], unpublish: [true, true, true, false], correct: [true, true, true, false] },
  contributor: { create: [true, true, true, true], edit: [true, false, false, false], publish: [false, false, false, false], unpublish: [false, false, false, false], correct: [false, false, false, false] },
};

test('articles: role × action × own/other', () => {
  for (const [role, actions] of Object.entries(table) as Array<[Role, Record<ArticleAction, boolean[]>]>) {
    for (const [action, expected] of Object.entries(actions) as Array<[ArticleAction, boolean[]]>) {
      const got = [own, ownPublished, bylined, other].map((article) => canArticle(user(role), action, article));
      assert.deepEqual(got, expected, `${role} ${action}`);
    }
  }
});

test('anonymous readers may do nothing in the admin', () => {
  const anonymous: Actor = { kind: 'anonymous' };
  for (const action of ['create', 'edit', 'publish', 'unpublish', 'correct'] as const) assert.equal(canArticle(anonymous, action, own), false);
  for (const policy of [signedIn, mayUploadMedia, mayManageStructure, mayManageUsers, mayChangeSettings]) assert.equal(policy(anonymous), false);
});

test('screens by role', () => {
  const cases: Array<[string, (a: Actor) => boolean, Role[]]> = [
    ['settings', mayChangeSettings, ['administrator']],
    ['users', mayManageUsers, ['administrator']],
    ['structure', mayManageStructure, ['administrator', 'editor']],
    ['media', mayUploadMedia, ['administrator', 'editor', 'author']],
    ['dashboard', signedIn, ['administrator', 'editor', 'author', 'contributor']],
  ];
  for (const [name, policy, allowed] of cases) {
    for (const role of ['administrator', 'editor', 'author', 'contributor'] as Role[]) {
      assert.equal(policy(user(role)), allowed.includes(role), `${name} for ${role}`);
    }
  }
});
