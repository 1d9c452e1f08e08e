import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accentColourProblem, contrastRatio, normaliseHexColour, themeSheet } from './branding.js';

test('hex colours are normalised; anything else is not a colour', () => {
  assert.equal(normaliseHexColour('#ABC'), '#aabbcc');
  assert.equal(normaliseHexColour(' #1D4F91 '), '#1d4f91');
  assert.equal(normaliseHexColour('red'), null);
  assert.equal(normaliseHexColour('#12345'), null);
});

test('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(0), '21');
  assert.equal(contrastRatio('#777777', '#777777'), 1);
});

test('an accent that would make links unreadable is refused with the figures', () => {
  assert.equal(accentColourProblem(''), null);
  assert.equal(accentColourProblem('#1d4f91'), null);
  assert.match(accentColourProblem('#ffdd00')!.text, /#ffdd00 is too light for links on the page: contrast 1\.\d:1, readable text needs 4\.5:1/);
  assert.match(accentColourProblem('blue')!.text, /must be a hex colour such as #1d4f91 \(got "blue"\)/);
});

test('the branding stylesheet carries the accent for the light scheme and the custom CSS last, at an address that changes with it', () => {
  assert.equal(themeSheet({ accentColor: '', customCss: '  ' }), null);
  const sheet = themeSheet({ accentColor: '#8B0000', customCss: '.site-title { letter-spacing: 0.02em; }' })!;
  assert.match(sheet.body, /prefers-color-scheme: light\)[^}]*--accent: #8b0000/);
  assert.ok(sheet.body.indexOf('letter-spacing') > sheet.body.indexOf('--accent'));
  assert.match(sheet.href, /^\/theme\/[0-9a-f]{12}\.css$/);
  assert.notEqual(themeSheet({ accentColor: '#8b0000', customCss: '' })!.href, sheet.href);
});
