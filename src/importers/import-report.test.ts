import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSummary, formatSummaryTable, formatWarning, parseWarning, reportDocument } from './import-report.js';

test('the table shows every reported kind, posts first, and a column for what was converted with loss', () => {
  const summary = createSummary();
  summary.count('articles', 'created');
  summary.count('articles', 'lossy');
  summary.count('comments', 'skipped');
  summary.count('other items', 'skipped');
  const lines = formatSummaryTable(summary).trimEnd().split('\n');
  assert.equal(lines[0], 'kind         created  updated  skipped  with loss');
  assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), ['kind', 'posts', 'pages', 'comments', 'media', 'tags', 'sections', 'authors', 'redirects', 'other']);
  assert.match(lines[1]!, /^posts\s+1\s+0\s+0\s+1$/);
  assert.match(lines[3]!, /^comments\s+0\s+0\s+1\s+0$/);
});

test('a warning keeps its file, line and post through the JSON report', () => {
  const summary = createSummary();
  summary.warn({ file: 'export.xml', line: 120, post: 'Hello: "world"' }, 'the [contact-form] shortcode was kept as text');
  summary.warn({ file: 'export.json', post: 'welcome' }, 'a product card');
  summary.warnings.push('export.xml (post my-post): "My post": no title');
  summary.warnings.push('37 attachments were not imported.');
  const report = reportDocument(summary, { importer: 'wordpress', source: 'export.xml', finishedAt: '2026-01-01T00:00:00.000Z' });
  assert.deepEqual(report.warnings[0], { file: 'export.xml', line: 120, message: '"Hello: "world"": the [contact-form] shortcode was kept as text' });
  assert.deepEqual(report.warnings[2], { file: 'export.xml', post: 'my-post', message: 'no title' });
  assert.deepEqual(report.warnings[3], { message: '37 attachments were not imported.' });
  assert.equal(report.kinds['posts']?.created, 0);
  assert.equal(formatWarning({ file: 'a.xml', line: 3, post: 'P' }, 'm'), 'a.xml:3: "P": m');
  assert.deepEqual(parseWarning('a.xml:3: "P": m'), { file: 'a.xml', line: 3, post: 'P', message: 'm' });
});
