import { COUNTED, healthyCount, type StatusCounts } from '../../domain/link-summary.js';
import type { CaptureSummary } from '../../domain/capture.js';
import { t } from '../i18n/translate.js';

// The dashboard's link and capture lines in the admin's language; in English they read as
// the domain's linkHealthLine and captureLine (which the CLI prints) do.

/** "3 of 4 cited links reach their source — 1 dead — …", in `locale`. */
export function linkHealthText(locale: string, total: number, counts: StatusCounts, archiveFailed: number): string {
  const tr = (key: string, values?: Record<string, string | number>) => t(locale, `admin.linkHealth.${key}`, values);
  if (total === 0) return tr('none');
  const breakdown = COUNTED.filter((s) => counts[s] > 0).map((s) => tr('statusCount', { number: counts[s], status: tr(`status.${s}`) })).join(' · ');
  const parts = [tr('reach', { count: total, healthy: healthyCount(counts) }), breakdown || tr('noBreakdown')];
  if (total - counts.unchecked === 0) parts.push(tr('noneChecked'));
  if (archiveFailed > 0) parts.push(tr('archiveFailed', { failed: archiveFailed }));
  return `${parts.join(' — ')}.`;
}

/** "Archive captures: 12 captured · 1 pending · 2 failed", or why there are none, in `locale`. */
export function captureText(locale: string, summary: CaptureSummary): string {
  const { counts } = summary;
  const tr = (key: string, values?: Record<string, string | number>) => t(locale, `admin.linkHealth.${key}`, values);
  if (counts.captured + counts.pending + counts.failed === 0) return tr(summary.enabled ? 'capturesNone' : 'capturesOff');
  return `${tr('captures', { captured: counts.captured, pending: counts.pending, failed: counts.failed })}${summary.enabled ? '' : tr('nowOff')}.`;
}
