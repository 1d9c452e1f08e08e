/** What `dossier cite` (and "Add source") was given, recognised. */
export type Identifier = { kind: 'doi'; doi: string } | { kind: 'isbn'; isbn: string } | { kind: 'url'; url: string };

/** A typed identifier, or why it is none of the kinds Dossier resolves. */
export type IdentifierResult = { ok: true; id: Identifier } | { ok: false; error: string };

const DOI = /^10\.\d{4,9}\/\S+$/u;

function isbnChecksumOk(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const c = digits[i]!;
      const value = c === 'X' ? 10 : Number(c);
      if (c === 'X' && i !== 9) return false;
      sum += value * (10 - i);
    }
    return sum % 11 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

function doiFrom(text: string): string | null {
  let doi = text;
  const prefix = /^doi:\s*/i.exec(doi);
  if (prefix) doi = doi.slice(prefix[0].length);
  else if (/^https?:\/\//i.test(doi)) {
    const url = URL.parse(doi);
    if (!url || !/^(dx\.)?doi\.org$/i.test(url.hostname)) return null;
    doi = decodeURIComponent(url.pathname.slice(1));
  }
  return DOI.test(doi) ? doi.normalize('NFC') : null;
}

/**
 * Recognises a DOI (`10.1234/x`, `doi:10.1234/x`, `https://doi.org/10.1234/x`), an ISBN-10 or
 * ISBN-13 (hyphens and spaces allowed, checksum checked, `ISBN` prefix allowed) or an
 * http(s) URL. Anything else is an error saying what was expected.
 */
export function parseIdentifier(input: string): IdentifierResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Identifier is empty: expected a DOI, an ISBN or an http(s) URL.' };
  if (text.length > 2000) return { ok: false, error: 'Identifier is longer than 2000 characters.' };
  const doi = doiFrom(text);
  if (doi) return { ok: true, id: { kind: 'doi', doi } };
  if (/^(doi:|10\.)/i.test(text)) return { ok: false, error: `"${text}" is not a DOI: expected 10.NNNN/suffix.` };
  const isbnText = text.replace(/^isbn(-1[03])?:?\s*/i, '');
  if (/^[\d][\d\s-]{8,}[\dXx]$/.test(isbnText)) {
    const digits = isbnText.replace(/[\s-]/g, '').toUpperCase();
    if ((digits.length === 10 || (digits.length === 13 && /^\d+$/.test(digits))) && isbnChecksumOk(digits)) return { ok: true, id: { kind: 'isbn', isbn: digits } };
    return { ok: false, error: `"${text}" is not a valid ISBN: expected 10 or 13 digits with a correct check digit.` };
  }
  const url = URL.parse(text);
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return { ok: true, id: { kind: 'url', url: url.href } };
  return { ok: false, error: `"${text}" is not a DOI, an ISBN or an http(s) URL.` };
}
