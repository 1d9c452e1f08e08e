import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSite } from '../../src/main.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-user-cli-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'users.db')}`, MEDIA_DIR: join(dir, 'media') };

describe('dossier user', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('add reads the password from stdin; the account can sign in', async () => {
    const added = runCli(['user', 'add', '--email', 'Ed@Example.org', '--name', 'Ed Itor', '--role', 'editor', '--password-stdin'], env, 'a good long password\n');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Added editor ed@example\.org/);
    const site = await openSite({ engine: 'sqlite', path: join(dir, 'users.db') }, undefined, { mediaDir: join(dir, 'media') });
    try {
      const session = await site.services.accounts.signIn({ email: 'ed@example.org', password: 'a good long password', ip: '127.0.0.1' });
      assert.equal(session.user.role, 'editor');
    } finally {
      await site.close();
    }
  });

  test('bad input is one clear line and exit 2', () => {
    const cases: Array<[string[], string, RegExp]> = [
      [['user', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'boss', '--password-stdin'], 'a good long password', /role must be one of administrator, editor, author, contributor/],
      [['user', 'add', '--email', 'y@example.org', '--name', 'Y', '--role', 'author', '--password-stdin'], 'short', /too short: use at least 10 characters/],
      [['user', 'add', '--email', 'z@example.org', '--name', 'Z', '--role', 'author'], '', /--password-stdin/],
      [['user', 'add', '--email', 'ed@example.org', '--name', 'Again', '--role', 'author', '--password-stdin'], 'a good long password', /already an account for ed@example\.org/],
      [['user', 'password', 'nobody@example.org', '--password-stdin'], 'a good long password', /no account for nobody@example\.org/],
    ];
    for (const [args, input, pattern] of cases) {
      const result = runCli(args, env, input);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr.trim(), pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
  });

  test('password changes it; the old one no longer works', async () => {
    const changed = runCli(['user', 'password', 'ed@example.org', '--password-stdin'], env, 'another long password\n');
    assert.equal(changed.status, 0, changed.stderr);
    const site = await openSite({ engine: 'sqlite', path: join(dir, 'users.db') }, undefined, { mediaDir: join(dir, 'media') });
    try {
      await assert.rejects(site.services.accounts.signIn({ email: 'ed@example.org', password: 'a good long password', ip: '127.0.0.1' }), /do not match/);
      await site.services.accounts.signIn({ email: 'ed@example.org', password: 'another long password', ip: '127.0.0.1' });
    } finally {
      await site.close();
    }
  });
});
