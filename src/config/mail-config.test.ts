import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.js';
import { parseSmtpConfig } from './mail-config.js';

test('no SMTP_HOST means no email', () => {
  assert.equal(parseSmtpConfig({}), null);
  assert.equal(loadConfig({}).smtp, null);
});

test('SMTP settings with their defaults', () => {
  assert.deepEqual(parseSmtpConfig({ SMTP_HOST: 'mail.example.org', SMTP_FROM: 'news@example.org' }), {
    host: 'mail.example.org', port: 587, secure: false, user: null, password: null, from: 'news@example.org',
  });
  const secure = parseSmtpConfig({ SMTP_HOST: 'h.example', SMTP_FROM: 'a@b.example', SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASSWORD: 'p' });
  assert.equal(secure?.port, 465);
  assert.equal(secure?.password, 'p');
});

test('bad SMTP settings name the variable and never echo the password', () => {
  assert.throws(() => parseSmtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b', SMTP_PORT: '99999' }), /^StartupError: SMTP_PORT is invalid/);
  assert.throws(() => parseSmtpConfig({ SMTP_HOST: 'h' }), /SMTP_FROM is missing/);
  assert.throws(() => parseSmtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b', SMTP_SECURE: 'maybe', SMTP_PASSWORD: 'secret' }), (e: Error) => /SMTP_SECURE/.test(e.message) && !e.message.includes('secret'));
});

test('IP_HASH_SALT is passed through', () => {
  assert.equal(loadConfig({ IP_HASH_SALT: 'pepper-pepper-pepper' }).ipHashSalt, 'pepper-pepper-pepper');
  assert.equal(loadConfig({}).ipHashSalt, null);
});
