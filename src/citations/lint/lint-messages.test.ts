import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGE_CATALOGUES, messageText } from '../../presenters/i18n/message-text.js';
import type { Diagnostic, RuleId } from './diagnostic.js';
import { lintCitations } from './lint-citations.js';

const now = new Date('2026-11-27T12:00:00.000Z');

// A document per finding kind (every rule, and each way a URL or quotes can be wrong).
const FINDINGS: Array<[RuleId, string]> = [
  ['marker-without-note', 'Claim.[^1] Other.[^2]\n\n[^1]: Source. *Book*. Press, 2001.'],
  ['marker-without-note', 'Claim [1] and [2].\n\n[1] Source. Book. Press, 2001.'],
  ['note-never-cited', 'Claim.[^1]\n\n[^1]: *Book*. Press, 2001.\n[^old]: *Other*. Press, 2002.'],
  ['duplicate-label', 'Claim.[^1]\n\n[^1]: *Book*. Press, 2001.\n[^1]: *Other*. Press, 2002.'],
  ['ibid-without-source', 'Claim.[^1] More.[^2]\n\n[^1]: Ibid., p. 4.\n[^2]: *Book*. Press, 2001.'],
  ['web-source-without-url', 'Claim.[^1]\n\n[^1]: "Transit Survey Results." Also available on the Metro Council website:'],
  ['malformed-url', 'Claim.[^1]\n\n[^1]: Hale, Dana. "Poll." *Ledger*, 12 Oct. 2010. <'],
  ['malformed-url', 'Claim.[^1]\n\n[^1]: Web. <http://citytimes.example.com/bud'],
  ['malformed-url', 'Claim.[^1]\n\n[^1]: See <http:///reports/1>.'],
  ['malformed-url', 'Claim.[^1]\n\n[^1]: See <https://r.example.org/report.>'],
  ['glued-quote', 'Claim.[^1]\n\n[^1]: Quoted in Ray Ellis, “Mayor Defends Plan,”*Harbor Gazette*, 2014.'],
  ['unbalanced-quotes', 'Claim.[^1]\n\n[^1]: Kim, Ruth. "Tap Water Myths. *Health Weekly*, 2017.'],
  ['unbalanced-quotes', 'Claim.[^1]\n\n[^1]: Kim, Ruth. “Tap Water Myths. *Health Weekly*, 2017.'],
  ['access-before-publication', 'Claim.[^1]\n\n[^1]: Lee, Ann. "Meters." *News*, 10 May 2019. https://n.example.org/m (accessed 2 May 2019).'],
  ['access-in-future', 'Claim.[^1]\n\n[^1]: "Plan." https://metro.example.org/plan (accessed 1 January 2031).'],
];

function finding(rule: RuleId, text: string): Diagnostic {
  const found = lintCitations(text, { now, format: 'auto' }).diagnostics.find((d) => d.rule === rule);
  assert.ok(found, `${rule} should fire on:\n${text}`);
  return found;
}

for (const [rule, text] of FINDINGS) {
  test(`${rule}: the finding is translated in Arabic, Persian and French, the English kept for the CLI`, () => {
    const d = finding(rule, text);
    assert.equal(d.message, d.text.text, 'the plain message is the English of the translatable one');
    for (const language of ['ar', 'fa', 'fr']) {
      assert.ok(Object.hasOwn(MESSAGE_CATALOGUES[language]!, d.text.template), `${language} lacks "${d.text.template}"`);
      assert.notEqual(messageText(language, d.text), d.message, `${language} shows the English of ${rule}`);
    }
    assert.equal(messageText('en', d.text), d.message);
  });
}

test('a finding in French keeps its values: the label and the example to add', () => {
  const d = finding('marker-without-note', 'Claim.[^zz]\n');
  assert.equal(messageText('fr', d.text), 'Le renvoi [^zz] n’a pas de note. Ajoutez la note (« [^zz]: … ») ou supprimez le renvoi.');
  assert.equal(d.message, 'The marker [^zz] has no note. Add the note ("[^zz]: …") or remove the marker.');
});
