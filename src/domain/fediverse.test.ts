import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFediverseHandle } from './fediverse.js';

test('fediverse handles: @user@host (or user@host), host lowercased; blank is none; anything else is refused', () => {
  assert.equal(parseFediverseHandle(' @ada@Mastodon.Social '), '@ada@mastodon.social');
  assert.equal(parseFediverseHandle('ben_o@social.example.org'), '@ben_o@social.example.org');
  assert.equal(parseFediverseHandle('  '), null);
  for (const bad of ['@ada', 'ada', '@ada@localhost', 'https://mastodon.social/@ada', '@a da@host.example', '@ada@host.example/x', '@ada@@host.example', '"><script>@x.example']) {
    assert.throws(() => parseFediverseHandle(bad), /is not a fediverse handle; write it as @user@host/, bad);
  }
});
