/** What `dossier cite` (and "Add source") was given, recognised. */
export type Identifier =
  | { kind: 'doi'; doi: string }
  | { kind: 'isbn'; isbn: string }
  | { kind: 'pmid'; pmid: string }
  | { kind: 'arxiv'; arxiv: string }
  | { kind: 'url'; url: string };

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

/** New-style (2101.00001, optional vN) and old-style (hep-th/9901001) arXiv ids. */
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/;
const ARXIV_HOSTS = /^(www\.|export\.)?arxiv\.org$/i;
const PUBMED_HOSTS = /^(www\.)?(pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov)$/i;

function pmidFrom(text: string): string | null {
  const prefixed = /^pmid\s*:?\s*(\d{1,9})$/i.exec(text);
  if (prefixed) return prefixed[1]!;
  if (!/^https?:\/\//i.test(text)) return null;
  const url = URL.parse(text);
  if (!url || !PUBMED_HOSTS.test(url.hostname)) return null;
  const path = /^\/(?:pubmed\/)?(\d{1,9})\/?$/.exec(url.pathname);
  return path ? path[1]! : null;
}

function arxivFrom(text: string): string | null {
  const prefixed = /^arxiv\s*:\s*(\S+)$/i.exec(text);
  if (prefixed) return ARXIV_ID.test(prefixed[1]!) ? prefixed[1]! : null;
  if (/^https?:\/\//i.test(text)) {
    const url = URL.parse(text);
    if (!url || !ARXIV_HOSTS.test(url.hostname)) return null;
    const path = /^\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/.exec(url.pathname);
    return path && ARXIV_ID.test(path[1]!) ? path[1]! : null;
  }
  return /^\d{4}\.\d{4,5}(v\d+)?$/.test(text) ? text : null;
}

/**
 * Recognises a PubMed id (`PMID: 123`, `pmid:123`, a pubmed.ncbi.nlm.nih.gov URL), an arXiv
 * id (`arXiv:2101.00001`, `2101.00001v2`, `hep-th/9901001`, an arxiv.org/abs URL), a DOI (`10.1234/x`, `doi:10.1234/x`, `https://doi.org/10.1234/x`), an ISBN-10 or
 * ISBN-13 (hyphens and spaces allowed, checksum checked, `ISBN` prefix allowed) or an
 * http(s) URL. Anything else is an error saying what was expected.
 */
export function parseIdentifier(input: string): IdentifierResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Identifier is empty: expected a DOI, an ISBN, a PMID, an arXiv id or an http(s) URL.' };
  if (text.length > 2000) return { ok: false, error: 'Identifier is longer than 2000 characters.' };
  const pmid = pmidFrom(text);
  if (pmid) return { ok: true, id: { kind: 'pmid', pmid } };
  if (/^pmid\b/i.test(text)) return { ok: false, error: `"${text}" is not a PubMed id: expected PMID: followed by digits.` };
  const arxiv = arxivFrom(text);
  if (arxiv) return { ok: true, id: { kind: 'arxiv', arxiv } };
  if (/^arxiv\s*:/i.test(text)) return { ok: false, error: `"${text}" is not an arXiv id: expected arXiv:YYMM.NNNNN.` };
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
  return { ok: false, error: `"${text}" is not a DOI, an ISBN, a PMID, an arXiv id or an http(s) URL.` };
}
