import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from '../../src/main.js';
import { runCliAsync as runCli } from '../support/cli.js';
import { databaseUrlOf, ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';

/** The DATABASE_URL the CLI reaches a fresh test database by. */

for (const engine of ENGINES) describe(`dossier user --admin-language and user language (${engine})`, () => {
  let database: FreshDatabase;
  let env: Record<string, string>;
  before(async () => {
    database = await freshDatabase(engine);
    env = { DATABASE_URL: databaseUrlOf(database.target) };
  });
  after(() => database.drop());

  /** Each account's admin language, by email, as stored. */
  async function languages(): Promise<Record<string, string | null>> {
    const site = await openSite(database.target);
    try {
      return Object.fromEntries((await site.services.accounts.list()).map((u) => [u.email, u.adminLanguage]));
    } finally {
      await site.close();
    }
  }

  test('add --admin-language starts an account in that language; without it the account follows the site', async () => {
    const arabic = await runCli(['user', 'add', '--email', 'Amal@Example.org', '--name', 'Amal', '--role', 'editor', '--admin-language', 'ar', '--password-stdin'], env, 'a good long password\n');
    assert.equal(arabic.status, 0, arabic.stderr);
    const plain = await runCli(['user', 'add', '--email', 'ben@example.org', '--name', 'Ben', '--role', 'author', '--password-stdin'], env, 'a good long password\n');
    assert.equal(plain.status, 0, plain.stderr);
    assert.deepEqual(await languages(), { 'amal@example.org': 'ar', 'ben@example.org': null });
  });

  test('language EMAIL LANG sets it, and site returns the account to the site\'s language', async () => {
    const persian = await runCli(['user', 'language', 'Ben@example.org', 'fa'], env);
    assert.equal(persian.status, 0, persian.stderr);
    assert.equal(persian.stdout, 'ben@example.org reads the admin in fa.\n');
    assert.deepEqual(await languages(), { 'amal@example.org': 'ar', 'ben@example.org': 'fa' });
    const site = await runCli(['user', 'language', 'amal@example.org', 'site'], env);
    assert.equal(site.status, 0, site.stderr);
    assert.equal(site.stdout, "amal@example.org reads the admin in the site's language.\n");
    assert.deepEqual(await languages(), { 'amal@example.org': null, 'ben@example.org': 'fa' });
  });

  test('an unknown email or language is one clear line, exit 2, and nothing is written', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['user', 'language', 'nobody@example.org', 'fr'], /^dossier: No account has the email nobody@example\.org\.$/],
      [['user', 'language', 'ben@example.org', 'de'], /^dossier: LANG must be one of en, ar, fa, fr, site \(got "de"\)\.$/],
      [['user', 'language', 'not-an-email', 'fr'], /^dossier: EMAIL must be an email address/],
      [['user', 'add', '--email', 'cy@example.org', '--name', 'Cy', '--role', 'author', '--admin-language', 'klingon', '--password-stdin'], /^dossier: --admin-language must be one of en, ar, fa, fr, site \(got "klingon"\)\.$/],
    ];
    // Run side by side: each is a separate process and none writes.
    const results = await Promise.all(cases.map(([args]) => runCli(args, env, 'a good long password\n')));
    for (const [i, [args, pattern]] of cases.entries()) {
      const result = results[i]!;
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr.trim(), pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
    assert.deepEqual(await languages(), { 'amal@example.org': null, 'ben@example.org': 'fa' });
  });
});
