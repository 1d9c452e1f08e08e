import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, invalid, m, plural } from '../../domain/errors.js';
import { errorText, MESSAGE_CATALOGUE_FILES, MESSAGE_CATALOGUES, messageText } from './message-text.js';
import { lockedOutMessage as lockedOut } from '../../domain/attempt-limit.js';

test('m keeps the English text and a template with numbered places', () => {
  const message = m`There is no author "${'ada'}" with ${3} articles.`;
  assert.equal(message.text, 'There is no author "ada" with 3 articles.');
  assert.equal(message.template, 'There is no author "{{0}}" with {{1}} articles.');
  assert.deepEqual(message.values, ['ada', 3]);
});

test('a DomainError made from a message says it in English and in the catalogue languages', () => {
  const error = invalid(m`Enter a name.`, 'name');
  assert.equal(error.message, 'Enter a name.');
  assert.equal(errorText('en', error), 'Enter a name.');
  assert.equal(errorText('fr-FR', error), MESSAGE_CATALOGUES['fr']!['Enter a name.']);
  assert.notEqual(errorText('fr-FR', error), 'Enter a name.');
});

test('values fill their places, numbers in the locale digits; an untranslated message stays English', () => {
  const locked = lockedOut(12);
  assert.equal(locked.text, 'Too many failed sign-ins. Try again in 12 minutes.');
  assert.equal(lockedOut(1).text, 'Too many failed sign-ins. Try again in 1 minute.');
  const arabic = messageText('ar-u-nu-arab', locked);
  assert.match(arabic, /١٢/);
  assert.doesNotMatch(arabic, /Try again|\{\{/);
  assert.notEqual(messageText('ar', lockedOut(2)), messageText('ar', lockedOut(12)), 'Arabic has a dual form');
  assert.equal(errorText('ar', new DomainError('Invalid', m`A sentence no catalogue has ${1}.`)), 'A sentence no catalogue has 1.');
  assert.equal(errorText('ar', new DomainError('Invalid', 'Plain English')), 'Plain English');
});

test('plural messages pick English one/other and the locale form from the catalogue', () => {
  const one = plural(1, { one: m`${1} error`, other: m`${1} errors` });
  const many = plural(4, { one: m`${4} error`, other: m`${4} errors` });
  assert.equal(one.text, '1 error');
  assert.equal(many.text, '4 errors');
  assert.equal(many.template, '{{0}} errors');
});

/** Every m`…` template written in src/, as its catalogue key (a plural's `one` form is keyed by its `other`). */
function templatesInSource(): Map<string, string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const found = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/(?<![\w.$])(?<!\bone:\s*)m`((?:[^`\\]|\\.)*)`/g)) {
          let index = 0;
          const key = match[1]!.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, () => `{{${index++}}}`).replace(/\\(.)/g, '$1');
          found.set(key, path.slice(root.length));
        }
      }
    }
  };
  walk(root);
  return found;
}

const templates = templatesInSource();

for (const [language, catalogue] of Object.entries(MESSAGE_CATALOGUES)) {
  test(`${language}: no message is translated in two catalogue files`, () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, file] of Object.entries(MESSAGE_CATALOGUE_FILES[language]!)) {
      for (const key of Object.keys(file)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${area})`);
        seen.set(key, area);
      }
    }
    assert.deepEqual(twice, []);
  });

  test(`${language}: every translatable message in src/ has a translation, and none is stale`, () => {
    const missing = [...templates].filter(([key]) => !Object.hasOwn(catalogue, key)).map(([key, file]) => `${file}: ${key}`);
    const stale = Object.keys(catalogue).filter((key) => !templates.has(key));
    assert.deepEqual(missing, [], `${language} lacks messages`);
    assert.deepEqual(stale, [], `${language} translates messages no code says`);
  });

  test(`${language}: every translation keeps the places of its English template`, () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const places = (text: string): string[] => [...text.matchAll(/\{\{\d+\}\}/g)].map((x) => x[0]).sort();
      const whole = typeof entry === 'string' ? entry : entry.other;
      assert.ok(whole !== undefined, `${language}: "${key}" has no "other" form`);
      assert.deepEqual(places(whole), places(key), `${language}: "${key}" → "${whole}"`);
      // Other plural forms may leave the number out ("one error"), never add a place.
      for (const form of typeof entry === 'string' ? [] : Object.values(entry)) {
        for (const place of places(form!)) assert.ok(places(key).includes(place), `${language}: "${key}" → "${form}"`);
      }
    }
  });
}
