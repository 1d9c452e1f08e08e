const IBID = /^\s*(?:ibid|ibidem|id)\.?\s*(?:[,:;]?\s*(?:at|pp?\.?|pages?)?\s*([\divxlc]+(?:\s*[-–—]\s*[\divxlc]+)?))?\s*[.,]?\s*$/i;

/** Whether a note only repeats the previous source ("ibid", "Ibid., p. 4", "Id. at 5"), and its new locator. */
export function parseIbid(text: string): { locator: string | null } | null {
  const plain = text.replace(/[*_]/g, '').replace(/\s+/g, ' ');
  const m = IBID.exec(plain);
  if (!m) return null;
  return { locator: m[1] ? m[1].replace(/\s*[-–—]\s*/, '–') : null };
}
