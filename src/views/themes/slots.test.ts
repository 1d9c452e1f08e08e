import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSlotName, parseManifest, SLOT_NAMES, sortTemplateFiles, THEME_NAME, themeCssHref } from './slots.js';

test('the slots a theme can override are the documented ones', () => {
  assert.deepEqual(SLOT_NAMES, ['article-page', 'list-page', 'card-list', 'byline', 'site-header', 'site-footer']);
  assert.equal(isSlotName('card-list'), true);
  assert.equal(isSlotName('toString'), false);
  assert.equal(isSlotName('Card-List'), false);
});

test('template files split into slots and problems that name the file and the expected names', () => {
  const { slots, problems } = sortTemplateFiles('themes/x/templates', ['site-header.js', 'card-list.js', 'sidebar.js', 'byline.mjs']);
  assert.deepEqual(slots, ['card-list', 'site-header']);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^themes\/x\/templates\/byline\.mjs: not a template name; expected one of article-page\.js, list-page\.js/);
  assert.match(problems[1]!, /^themes\/x\/templates\/sidebar\.js: .*site-footer\.js$/);
});

test('a manifest needs a name; a bad one names the file and field', () => {
  assert.deepEqual(parseManifest('t.json', '{"name":"Broadsheet"}'), { manifest: { name: 'Broadsheet', description: '' } });
  const noName = parseManifest('themes/a/theme.json', '{"description":"x"}');
  assert.ok('problem' in noName && /^themes\/a\/theme\.json: "name" /.test(noName.problem), JSON.stringify(noName));
  const extra = parseManifest('f.json', '{"name":"A","colour":"red"}');
  assert.ok('problem' in extra && /colour/.test(extra.problem), JSON.stringify(extra));
  const broken = parseManifest('f.json', '{name:');
  assert.ok('problem' in broken && /^f\.json: not valid JSON/.test(broken.problem));
});

test('theme names are folder-safe and stylesheet addresses follow the content', () => {
  assert.ok(THEME_NAME.test('broadsheet'));
  assert.ok(!THEME_NAME.test('../etc'));
  assert.ok(!THEME_NAME.test('Broad Sheet'));
  const a = themeCssHref('broadsheet', 'body{}');
  assert.match(a, /^\/theme\/broadsheet\.[0-9a-f]{12}\.css$/);
  assert.notEqual(a, themeCssHref('broadsheet', 'body{color:red}'));
});
