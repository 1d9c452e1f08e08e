import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScopes, scopesForPostWrite } from './integration-scopes.js';

test('scopes parse from a comma list in documented order; unknown names are reported', () => {
  assert.deepEqual(parseScopes(' media:write,posts:write ,posts:write'), { scopes: ['posts:write', 'media:write'], unknown: [] });
  assert.deepEqual(parseScopes('posts:write,admin:all'), { scopes: ['posts:write'], unknown: ['admin:all'] });
  assert.deepEqual(parseScopes(''), { scopes: [], unknown: [] });
});

test('a draft write needs posts:write; going live, changing or deleting a live post needs posts:publish too', () => {
  assert.deepEqual(scopesForPostWrite(null, 'draft'), ['posts:write']);
  assert.deepEqual(scopesForPostWrite('draft', 'draft'), ['posts:write']);
  assert.deepEqual(scopesForPostWrite('draft', null), ['posts:write']);
  assert.deepEqual(scopesForPostWrite(null, 'published'), ['posts:write', 'posts:publish']);
  assert.deepEqual(scopesForPostWrite('published', 'draft'), ['posts:write', 'posts:publish']);
  assert.deepEqual(scopesForPostWrite('scheduled', null), ['posts:write', 'posts:publish']);
});
