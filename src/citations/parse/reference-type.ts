import type { CslItem } from '../../domain/csl.js';

const NEWSPAPER = /\b(times|post|news|herald|tribune|gazette|daily|guardian|chronicle|observer|telegraph|independent|globe|courier|examiner|register|inquirer|dispatch|bulletin|press|sentinel|citytimes)\b/i;
const MAGAZINE = /\b(magazine|weekly|monthly|atlantic|economist|new yorker|quarterly)\b/i;
const REPORT = /\b(report|audit|memorandum|minutes|white paper|working paper|briefing|plan|assessment|statistics|bulletin|technical note)\b/i;

/** The CSL type a reference most likely has, from the fields found in it. */
export function classifyType(csl: CslItem, hints: { web: boolean; quotedTitle: boolean; chapter?: boolean }): string {
  const container = csl['container-title'];
  if (hints.chapter && container) return 'chapter';
  if (csl.DOI && container) return 'article-journal';
  if (csl.title && hints.quotedTitle) {
    if (container && (csl.volume || csl.issue)) return 'article-journal';
    if (container && /\bjournal\b/i.test(container)) return 'article-journal';
    if (container && MAGAZINE.test(container)) return 'article-magazine';
    if (container && NEWSPAPER.test(container)) return 'article-newspaper';
    // A blog, a podcast, a newsletter: styles print "article" as a preprint.
    if (container) return hints.web ? 'webpage' : 'article-magazine';
    return hints.web ? 'webpage' : 'document';
  }
  if (csl.title) {
    if (container) return csl.volume || csl.issue ? 'article-journal' : 'article-magazine';
    if (REPORT.test(csl.title)) return 'report';
    if (csl.publisher || csl['publisher-place'] || !hints.web) return 'book';
    return 'webpage';
  }
  return csl.URL ? 'webpage' : 'document';
}
