import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDomainError } from '../../src/domain/errors.js';
import { userWithRole } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite } from '../support/site.js';

for (const engine of ENGINES) {
  test(`two admins creating the same tag at the same moment: one wins, the other gets a conflict, never a 500 (${engine})`, async () => {
    const site = await createTestSite(engine);
    try {
      const results = await Promise.allSettled(Array.from({ length: 12 }, () => site.services.structure.createTag({ slug: 'same-moment', name: 'Same moment' })));
      const won = results.filter((r) => r.status === 'fulfilled');
      assert.equal(won.length, 1, 'exactly one tag is created');
      for (const lost of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        assert.ok(isDomainError(lost.reason, 'Conflict'), `a lost race is a conflict, not ${String(lost.reason?.code ?? lost.reason)}`);
      }
      // Through HTTP: parallel admin form posts answer 303 or 409, nothing else.
      const admin = await userWithRole(site, 'administrator');
      const answers = await Promise.all(Array.from({ length: 12 }, () => admin.post('/admin/tags', { slug: 'same-form', name: 'Same form' })));
      const statuses = answers.map((a) => a.statusCode);
      assert.ok(statuses.every((s) => s === 303 || s === 409 || s === 400), `statuses: ${statuses.join(', ')}`);
      assert.ok(statuses.includes(303));
    } finally {
      await site.close();
    }
  });
}
