import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCounts, linkHealthLine } from '../../domain/link-summary.js';
import { captureLine, type CaptureSummary } from '../../domain/capture.js';
import { captureText, linkHealthText } from './link-health-line.js';

const counts = { ...emptyCounts(), ok: 3, dead: 1, unchecked: 2 };
const captures = (enabled: boolean, captured = 0): CaptureSummary => ({ enabled, counts: { captured, pending: captured ? 1 : 0, failed: 0 }, failures: [] });

test('in English the dashboard lines read as the domain lines the CLI prints', () => {
  for (const [total, c, failed] of [[0, emptyCounts(), 0], [1, { ...emptyCounts(), unchecked: 1 }, 0], [6, counts, 2]] as const) {
    assert.equal(linkHealthText('en', total, c, failed), linkHealthLine(total, c, failed));
  }
  for (const summary of [captures(true), captures(false), captures(true, 12), captures(false, 3)]) {
    assert.equal(captureText('en', summary), captureLine(summary));
  }
});

test('in Arabic they are Arabic, with the plural form of the count and Arabic digits when asked', () => {
  assert.equal(linkHealthText('ar', 2, { ...emptyCounts(), ok: 2 }, 0), '2 من رابطين مستشهد بهما تصل إلى مصدرها — 2 سليم.');
  assert.match(linkHealthText('ar-u-nu-arab', 6, counts, 0), /^٣ من ٦ روابط مستشهد بها/);
  assert.equal(captureText('ar', captures(false)), 'لقطات الأرشيف: متوقفة (لم يُضبط مفتاح Save Page Now).');
});
