import { m } from '../../../domain/errors.js';
import { diagnostic, type Rule } from './rule-context.js';

// A closing quote straight into a letter ("said”the") or a letter straight into an opening one ("the“plan").
const GLUED = /[\p{L}\p{N}][*_]*[“„«]|[”»][*_]*[\p{L}\p{N}]|[\p{L}\p{N}]"[\p{L}\p{N}]/gu;

function withoutUrls(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>]*/gi, (url) => ' '.repeat(url.length));
}

/** The run of text without spaces around a position ("Levy”the"). */
function wordsAround(text: string, index: number): string {
  const start = text.slice(0, index + 1).search(/\S*$/);
  const end = index + 1 + (text.slice(index + 1).search(/\s/) + 1 || text.length - index);
  return text.slice(start, end).trim().slice(0, 60);
}

/** A quotation mark glued to a word, as copy-paste from word processors often leaves them. */
export const gluedQuote: Rule = ({ references, at }) =>
  references.flatMap((r) =>
    [...withoutUrls(r.raw).matchAll(GLUED)].map((glued) =>
      diagnostic('glued-quote', 'warning', at(r.definition.textOffset + glued.index!),
        m`A quotation mark is glued to a word in note ${r.number} ("${wordsAround(r.raw, glued.index!)}"). Add a space.`, r.number),
    ),
  );

/** More opening than closing quotation marks (or the reverse), or an odd number of straight ones. */
export const unbalancedQuotes: Rule = ({ references }) =>
  references.flatMap((r) => {
    const text = withoutUrls(r.raw);
    const open = (text.match(/[“«]/g) ?? []).length;
    const close = (text.match(/[”»]/g) ?? []).length;
    const straight = (text.match(/"/g) ?? []).length;
    if (open === close && straight % 2 === 0) return [];
    const said = open !== close
      ? m`Note ${r.number} has ${open} opening and ${close} closing curly quotation marks: a title may be cut short.`
      : m`Note ${r.number} has an odd number (${straight}) of straight quotation marks: a title may be cut short.`;
    return [diagnostic('unbalanced-quotes', 'warning', r.definition.position, said, r.number)];
  });
