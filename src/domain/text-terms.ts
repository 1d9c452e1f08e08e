// Common English words carry no topic; dropping them keeps term vectors small and meaningful.
const STOPWORDS = new Set(`
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him
his how however i if in into is it its itself just me more most much must my no nor not now of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up upon very was we were what when where which while who whom why will with would
you your yours yet one two three new may many might made make like per via
`.split(/\s+/).filter(Boolean));

const WORD = /[\p{L}\p{N}]+/gu;

/** A light stem so that "filters" and "filter" count as one term. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Topic terms of a text: lower-cased, stop words and short tokens dropped, lightly stemmed. */
export function textTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}
