import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_SCOPES, INTEGRATION_SCOPES } from '../../domain/integration-scopes.js';
import { t } from '../i18n/translate.js';
import { scopeKey } from './integrations-presenter.js';

test('every integration scope is described in each admin language; the English is the domain\'s own wording', () => {
  for (const scope of ALL_SCOPES) {
    const key = `admin.integrations.scope.${scopeKey(scope)}`;
    assert.equal(t('en', key), INTEGRATION_SCOPES[scope], scope);
    for (const locale of ['ar', 'fa', 'fr']) {
      const text = t(locale, key);
      assert.notEqual(text, key, `${locale} has ${key}`);
      assert.notEqual(text, INTEGRATION_SCOPES[scope], `${locale} translates ${scope}`);
    }
  }
  assert.equal(scopeKey('comments:moderate'), 'commentsModerate');
});
