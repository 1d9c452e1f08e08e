import type { SourcesSummary } from '../../domain/link-summary.js';
import { t } from './translate.js';

/**
 * The line under an article's notes heading in the page's language — "14 sources · links
 * checked 28 November 2026 · 1 dead, archived copy shown" — with the same parts, in the same
 * order, as the domain's English `sourcesLine`.
 */
export function localizedSourcesLine(summary: SourcesSummary, checkedOn: string | null, locale: string): string {
  const count = (key: string, n: number) => t(locale, key, { count: n });
  const parts = [count('notes.sources', summary.sources)];
  if (summary.links === 0) return [parts[0], t(locale, 'notes.noLinks')].join(' · ');
  if (summary.lastCheckedAt === null || checkedOn === null) return [parts[0], count('notes.linksNotChecked', summary.links)].join(' · ');
  parts.push(t(locale, 'notes.checkedOn', { date: checkedOn }));
  const { counts } = summary;
  const gone = counts.dead + counts['soft-404'];
  if (gone > 0) {
    const archive = summary.goneArchived === gone ? t(locale, 'notes.allArchived')
      : summary.goneArchived > 0 ? count('notes.someArchived', summary.goneArchived) : t(locale, 'notes.noneArchived');
    parts.push(t(locale, 'notes.deadWith', { dead: count('notes.dead', gone), archive }));
  }
  const failing = counts.error + counts.timeout;
  if (failing > 0) parts.push(count('notes.unreached', failing));
  const other = counts.refused + counts.blocked;
  if (other > 0) parts.push(count('notes.notCheckable', other));
  if (counts.paywalled > 0) parts.push(count('notes.paywalled', counts.paywalled));
  if (summary.unchecked > 0) parts.push(count('notes.unchecked', summary.unchecked));
  if (gone + failing + other + counts.paywalled + summary.unchecked === 0) parts.push(t(locale, 'notes.allReachable'));
  return parts.join(' · ');
}
