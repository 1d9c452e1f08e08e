import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_LANGUAGES } from '../../domain/admin-language.js';
import { INTERFACE_LANGUAGES } from './translate.js';

test('the languages an account may pick for the admin are exactly those it is translated into', () => {
  assert.deepEqual([...ADMIN_LANGUAGES], INTERFACE_LANGUAGES);
});
