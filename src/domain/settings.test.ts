import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, settingsFromEntries, validateSettingsPatch } from './settings.js';

test('stored settings override defaults, bad ones fall back', () => {
  const settings = settingsFromEntries({ title: 'River Desk', postsPerPage: '5', language: 'not a tag!', extra: 1 });
  assert.equal(settings.title, 'River Desk');
  assert.equal(settings.postsPerPage, 5);
  assert.equal(settings.language, DEFAULT_SETTINGS.language);
  assert.equal(settings.description, DEFAULT_SETTINGS.description);
});

test('a settings change is checked key by key, naming the bad one', () => {
  assert.deepEqual(validateSettingsPatch({ postsPerPage: '20', citationStyle: 'apa' }), { postsPerPage: 20, citationStyle: 'apa' });
  assert.throws(() => validateSettingsPatch({ colour: 'red' }), /Unknown setting "colour"/);
  assert.throws(() => validateSettingsPatch({ postsPerPage: 0 }), (e: Error & { field?: string }) => e.field === 'postsPerPage');
});

test('time zones and permalink patterns are checked', () => {
  assert.deepEqual(validateSettingsPatch({ timeZone: 'Europe/London', permalinkPattern: '/:year/:slug' }), { timeZone: 'Europe/London', permalinkPattern: '/:year/:slug' });
  assert.throws(() => validateSettingsPatch({ timeZone: 'Mars/Olympus' }), /time zone/);
  assert.throws(() => validateSettingsPatch({ permalinkPattern: '/:id' }), (e: Error & { field?: string }) => e.field === 'permalinkPattern');
});
