import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARXIV_EMPTY, ARXIV_ERROR, ARXIV_FEED, PUBMED_SUMMARY, PUBMED_UNKNOWN } from '../../../test/fixtures/resolver-answers.js';
import { parseIdentifier } from './identifier.js';
import { fromArxivFeed, fromPubmedSummary } from './map-pubmed-arxiv.js';

describe('parseIdentifier: PubMed and arXiv', () => {
  test('PMIDs as people paste them', () => {
    for (const text of ['PMID: 31415926', 'pmid:31415926', 'PMID 31415926', 'https://pubmed.ncbi.nlm.nih.gov/31415926/', 'https://www.ncbi.nlm.nih.gov/pubmed/31415926']) {
      assert.deepEqual(parseIdentifier(text), { ok: true, id: { kind: 'pmid', pmid: '31415926' } }, text);
    }
    const wrong = parseIdentifier('PMID: abc');
    assert.ok(!wrong.ok && /not a PubMed id/.test(wrong.error));
    assert.deepEqual(parseIdentifier('https://pubmed.ncbi.nlm.nih.gov/?term=salt'), { ok: true, id: { kind: 'url', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=salt' } });
  });
  test('arXiv ids, new and old style, with versions, and abs/pdf URLs', () => {
    const cases: Array<[string, string]> = [
      ['arXiv:2101.00001', '2101.00001'], ['arxiv:2101.00001v2', '2101.00001v2'], ['2101.00001', '2101.00001'], ['arXiv: 1501.0001', '1501.0001'],
      ['https://arxiv.org/abs/2101.00001', '2101.00001'], ['http://export.arxiv.org/abs/2101.00001v3', '2101.00001v3'],
      ['https://arxiv.org/pdf/2101.00001v1.pdf', '2101.00001v1'], ['arXiv:hep-th/9901001', 'hep-th/9901001'], ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ];
    for (const [text, id] of cases) assert.deepEqual(parseIdentifier(text), { ok: true, id: { kind: 'arxiv', arxiv: id } }, text);
    const wrong = parseIdentifier('arXiv:banana');
    assert.ok(!wrong.ok && /not an arXiv id/.test(wrong.error));
    assert.deepEqual(parseIdentifier('https://arxiv.org/list/physics'), { ok: true, id: { kind: 'url', url: 'https://arxiv.org/list/physics' } });
  });
  test('DOIs and ISBNs are still what they were', () => {
    assert.deepEqual(parseIdentifier('10.48550/arXiv.2101.00001'), { ok: true, id: { kind: 'doi', doi: '10.48550/arXiv.2101.00001' } });
    assert.deepEqual(parseIdentifier('0-306-40615-2'), { ok: true, id: { kind: 'isbn', isbn: '0306406152' } });
  });
});

describe('fromPubmedSummary', () => {
  test('an esummary record becomes a journal article with initials as given names, pages, DOI and PubMed URL', () => {
    assert.deepEqual(fromPubmedSummary(PUBMED_SUMMARY, '31415926'), {
      type: 'article-journal', title: 'Salt exposure and kidney function in estuary fishers',
      author: [{ family: 'Okafor', given: 'I.' }, { family: 'Lindqvist', given: 'T. M.' }],
      'container-title': 'Journal of coastal health', volume: '14', issue: '2', page: '233-41',
      issued: { 'date-parts': [[2019, 3, 5]] }, DOI: '10.5555/jch.2019.0142', URL: 'https://pubmed.ncbi.nlm.nih.gov/31415926/',
    });
  });
  test('an unknown PMID, another PMID, or no JSON record at all is nothing', () => {
    assert.equal(fromPubmedSummary(PUBMED_UNKNOWN, '99999999'), null);
    assert.equal(fromPubmedSummary(PUBMED_SUMMARY, '1'), null);
    assert.equal(fromPubmedSummary({ error: 'Invalid uid' }, '1'), null);
    assert.equal(fromPubmedSummary('<html>', '1'), null);
  });
  test('hostile values are cleaned and capped', () => {
    const record = { uid: '5', title: `<b>X</b>\u202e${'y'.repeat(2000)}`, authors: 'nope', volume: { $ne: 1 }, articleids: [{ idtype: 'doi', value: 'javascript:alert(1)' }] };
    const item = fromPubmedSummary({ result: { uids: ['5'], '5': record } }, '5')!;
    assert.equal(item.title!.length, 500);
    assert.equal(item.author, undefined);
    assert.equal(item.volume, undefined);
    assert.equal(item.DOI, undefined);
  });
});

describe('fromArxivFeed', () => {
  test('an Atom entry becomes a preprint with its authors, first-version date, arXiv number and DOI', () => {
    assert.deepEqual(fromArxivFeed(ARXIV_FEED, '2101.00001'), {
      type: 'article', title: 'Tidal Models for Small Harbours', author: [{ family: 'Delgado', given: 'Rosa' }, { family: 'Mori', given: 'Kenji' }],
      'container-title': 'arXiv', number: 'arXiv:2101.00001', issued: { 'date-parts': [[2021, 1, 4]] }, DOI: '10.48550/arXiv.2101.00001',
      URL: 'https://arxiv.org/abs/2101.00001',
    });
    assert.equal(fromArxivFeed(ARXIV_FEED, '2101.00001v2')?.URL, 'https://arxiv.org/abs/2101.00001v2');
  });
  test('an empty feed, an error entry, HTML and entity bombs are nothing', () => {
    assert.equal(fromArxivFeed(ARXIV_EMPTY, '2101.99999'), null);
    assert.equal(fromArxivFeed(ARXIV_ERROR, '2101.0'), null);
    assert.equal(fromArxivFeed('<html><body>Rate exceeded</body></html>', '2101.00001'), null);
    const bomb = `<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "${'a'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><feed><entry><id>http://arxiv.org/abs/2101.00001</id><title>&b;&b;</title></entry></feed>`;
    const item = fromArxivFeed(bomb, '2101.00001');
    assert.ok(item === null || (item.title ?? '').length <= 500);
  });
});
