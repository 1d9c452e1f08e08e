import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formattingLocale, languageTag, textDirection } from './locale.js';
import { presentDate } from '../dates.js';

const defaults = { persianCalendar: true, digits: 'locale' } as const;

test('right-to-left languages and scripts are told apart from left-to-right ones', () => {
  for (const tag of ['ar', 'fa', 'fa-IR', 'he', 'ur', 'ps', 'ckb', 'ar-u-nu-latn', 'az-Arab']) assert.equal(textDirection(tag), 'rtl', tag);
  for (const tag of ['en', 'fr', 'en-GB', 'tr', 'az-Latn', 'ku-Latn', 'not a tag']) assert.equal(textDirection(tag), 'ltr', tag);
});

test('<html lang> drops the formatting extensions', () => {
  assert.equal(languageTag('fa-IR-u-ca-persian-nu-arabext'), 'fa-IR');
  assert.equal(languageTag('ar'), 'ar');
});

test('Persian pages use the Solar Hijri calendar unless the site says Gregorian; digits follow the setting', () => {
  assert.equal(formattingLocale('fa-IR', defaults), 'fa-IR-u-ca-persian');
  assert.equal(formattingLocale('fa', { ...defaults, persianCalendar: false }), 'fa-u-ca-gregory');
  assert.equal(formattingLocale('fa-IR', { ...defaults, digits: 'native' }), 'fa-IR-u-ca-persian-nu-arabext');
  assert.equal(formattingLocale('fa', { ...defaults, digits: 'latin' }), 'fa-u-ca-persian-nu-latn');
  assert.equal(formattingLocale('ar', { ...defaults, digits: 'native' }), 'ar-u-nu-arab');
  assert.equal(formattingLocale('ar', defaults), 'ar');
  assert.equal(formattingLocale('fr', { ...defaults, digits: 'native' }), 'fr');
});

test('dates are written in the page locale and the site time zone', () => {
  const iso = '2026-03-20T22:30:00.000Z';
  assert.equal(presentDate(iso, 'fr', 'Europe/Paris')?.label, '20 mars 2026');
  assert.equal(presentDate(iso, 'fr', 'Asia/Tehran')?.label, '21 mars 2026');
  assert.equal(presentDate(iso, formattingLocale('fa', defaults), 'Asia/Tehran')?.label, '۱ فروردین ۱۴۰۵');
  assert.equal(presentDate(iso, formattingLocale('fa', { persianCalendar: true, digits: 'latin' }), 'Asia/Tehran')?.label, '1 فروردین 1405');
  assert.equal(presentDate(iso, formattingLocale('fa', { persianCalendar: false, digits: 'locale' }), 'Asia/Tehran')?.label, '۲۱ مارس ۲۰۲۶');
  assert.equal(presentDate(iso, formattingLocale('ar', { persianCalendar: true, digits: 'native' }), 'UTC')?.label, '٢٠ مارس ٢٠٢٦');
  assert.equal(presentDate(iso, 'en', 'UTC')?.iso, iso);
});
