import type { CslName } from '../../domain/csl.js';

const ORGANISATION = /\b(board|department|dept\.?|office|agency|authority|council|commission|utilit(y|ies)|ministry|institute|institution|association|university|college|organi[sz]ation|society|bureau|service|survey|committee|company|corporation|inc\.?|ltd\.?|llc|foundation|trust|museum|library|archive|press|team|group|centre|center|government|city of|county|state of|administration|observatory|laboratory|network|news|times|staff|desk)\b/i;
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'al', 'el']);
const GIVEN = /^(?:\p{Lu}\.\s*)+$|^\p{Lu}[\p{Ll}'’-]+\.?(?:\s+(?:\p{Lu}\.\s*)+|\s+\p{Lu}[\p{Ll}'’-]+)?$/u;
const NOT_NAMES = /^(web|print|online|internet|n\.\s?d|ibid|id|see|also|cf|available|accessed|retrieved)\.?$/i;
const WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

function natural(text: string): CslName | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  // The family name starts at the last word, or at an earlier particle ("Derek J. de Solla Price").
  let familyStart = words.length - 1;
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  if (particle > 0) familyStart = particle;
  const given = words.slice(0, familyStart);
  const family = words.slice(familyStart);
  if (!given.every((w) => WORD.test(w)) || !WORD.test(family[family.length - 1]!)) return null;
  return { family: family.join(' '), given: given.join(' ') };
}

function inverted(family: string, given: string): CslName | null {
  const f = family.trim();
  const g = given.trim();
  if (!f || !g || !GIVEN.test(g) || f.split(/\s+/).length > 3) return null;
  if (!f.split(/\s+/).every((w) => WORD.test(w) || PARTICLES.has(w.toLowerCase()))) return null;
  return { family: f, given: g };
}

/** A name of one to five words of the Arabic script (no case to tell given from family names). */
const ARABIC_NAME = /^[\p{Script=Arabic}\p{M}\u200c]+(?:[\s-][\p{Script=Arabic}\p{M}\u200c]+){0,4}$/u;

/**
 * Names in the Arabic script: "عبد الله, محمد" (family, given as written), "محمد عبد الله"
 * kept whole in the writer's order, several joined by " و " or ";".
 */
function arabicNames(text: string): CslName[] | null {
  const parts = text.split(/\s*;\s*|\s+و\s+/);
  const names: CslName[] = [];
  for (const part of parts) {
    const tokens = part.split(/\s*,\s*/).filter(Boolean);
    if (tokens.length === 0 || !tokens.every((t) => ARABIC_NAME.test(t))) return null;
    if (tokens.length === 2 && parts.length === 1) names.push({ family: tokens[0]!, given: tokens[1]! });
    else names.push(...tokens.map((t) => ({ literal: t })));
  }
  return names.length > 0 ? names : null;
}

/**
 * Reads the author part of a reference: "Moreno, Luis", "Farley, Malcolm, and Stuart
 * Trow", "Smith, J., & Jones, K.", "Dava Sobel", or an organisation ("Water Board").
 * Returns null when the text does not look like names at all.
 */
export function parseNames(text: string): CslName[] | null {
  const clean = text
    .replace(/,?\s*\(?\b(eds?|editors?|trans|comp)\.?\)?\s*$/i, '')
    .replace(/,?\s*et al\.?$/i, '')
    .trim();
  if (!clean || NOT_NAMES.test(clean) || /\d|https?:|[“”"«»:]/.test(clean) || clean.length > 160) return null;
  if (/\p{Script=Arabic}/u.test(clean) && !/\p{Script=Latin}/u.test(clean)) return arabicNames(clean);
  if (ORGANISATION.test(clean) && !/,\s*(?:\p{Lu}\.\s*)+$/u.test(clean)) return [{ literal: clean }];
  const parts = clean.split(/\s*(?:,\s*(?:and|&)\s+|\s+(?:and|et|&)\s+|;\s*)/);
  const names: CslName[] = [];
  for (const [index, part] of parts.entries()) {
    const tokens = part.split(/\s*,\s*/).filter(Boolean);
    let i = 0;
    while (i < tokens.length) {
      const pair = i + 1 < tokens.length ? inverted(tokens[i]!, tokens[i + 1]!) : null;
      const single = tokens[i]!;
      if (pair && (index === 0 || tokens.length > 1)) {
        names.push(pair);
        i += 2;
      } else if (natural(single)) {
        names.push(natural(single)!);
        i += 1;
      } else if (/^\p{Lu}[\p{L}'’-]+$/u.test(single) && parts.length > 1) {
        names.push({ family: single });
        i += 1;
      } else {
        return parts.length === 1 && tokens.length === 1 && WORD.test(single.split(/\s+/)[0]!) ? [{ literal: single }] : null;
      }
    }
  }
  return names.length > 0 ? names : null;
}
