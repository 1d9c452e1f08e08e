import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cslDateToIso, type CslName } from '../../domain/csl.js';
import { parseReference } from './parse-reference.js';

/** What a case checks; fields left out are not checked. */
interface Expect {
  type?: string;
  title?: string;
  authors?: string[];
  container?: string;
  publisher?: string;
  place?: string;
  issued?: string;
  accessed?: string;
  URL?: string | null;
  page?: string;
  issue?: string;
  DOI?: string;
  recognised?: boolean;
  ibid?: string | null;
}

const name = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

// Note strings in the shapes real articles carry them: MLA 7 and 8, Chicago notes and
// bibliography, APA, web notes with access dates, ibid forms, and the broken ones.
const CASES: Array<[string, Expect]> = [
  ['Moreno, Luis. "Budget Office Update." *Citytimes.example*. 3 MAR 2009. Web. 14 Apr 2009. <http://citytimes.example.com/news/budget-update>.',
    { type: 'article-newspaper', title: 'Budget Office Update', authors: ['Moreno, Luis'], container: 'Citytimes.example', issued: '2009-03-03', accessed: '2009-04-14', URL: 'http://citytimes.example.com/news/budget-update', recognised: true }],
  ['ibid', { ibid: null }],
  ['Ibid.', { ibid: null }],
  ['ibid., p. 4.', { ibid: '4' }],
  ['Id. at 5.', { ibid: '5' }],
  ['Ibid., pp. 12–15.', { ibid: '12–15' }],
  ['"Transit Survey Results." Also available on the Metro Council website:', { title: 'Transit Survey Results', URL: null, recognised: false }],
  ['Hale, Dana. "Poll Shows Support for Levy." *The Morning Ledger*, 12 Oct. 2010. <', { title: 'Poll Shows Support for Levy', container: 'The Morning Ledger', issued: '2010-10-12', URL: null }],
  ['Quoted in Ray Ellis, “Mayor Defends Plan,”*Harbor Gazette*, 5 May 2014.', { type: 'article-newspaper', title: 'Mayor Defends Plan', container: 'Harbor Gazette', issued: '2014-05-05', recognised: true }],
  ['Sobel, Dava. *Longitude: The True Story of a Lone Genius Who Solved the Greatest Scientific Problem of His Time*. New York: Walker, 1995.',
    { type: 'book', authors: ['Sobel, Dava'], title: 'Longitude: The True Story of a Lone Genius Who Solved the Greatest Scientific Problem of His Time', publisher: 'Walker', place: 'New York', issued: '1995', recognised: true }],
  ['Dava Sobel, *Longitude* (New York: Walker, 1995), 12.', { type: 'book', authors: ['Sobel, Dava'], title: 'Longitude', publisher: 'Walker', place: 'New York', issued: '1995', recognised: true }],
  ['Howse, Derek. *Greenwich Time and the Discovery of the Longitude*. Oxford University Press, 1980, p. 87.', { type: 'book', publisher: 'Oxford University Press', issued: '1980', page: '87', recognised: true }],
  ['Farley, M., & Trow, S. (2003). *Losses in water distribution networks*. IWA Publishing.', { type: 'book', authors: ['Farley, M.', 'Trow, S.'], title: 'Losses in water distribution networks', issued: '2003', publisher: 'IWA Publishing', recognised: true }],
  ['Essen, L., and J. V. L. Parry. "An Atomic Standard of Frequency and Time Interval: A Cæsium Resonator." *Nature* 176, no. 4476 (1955): 280–82.',
    { type: 'article-journal', authors: ['Essen, L.', 'Parry, J. V. L.'], container: 'Nature', issue: '4476', issued: '1955', page: '280–82', recognised: true }],
  ['"Water Quality Report 2023." Kessmere Public Utilities. https://kpu.example.org/wqr-2023.pdf (accessed 3 May 2024).', { type: 'webpage', title: 'Water Quality Report 2023', URL: 'https://kpu.example.org/wqr-2023.pdf', accessed: '2024-05-03', recognised: true }],
  ['https://stats.example.org/table/42', { type: 'webpage', URL: 'https://stats.example.org/table/42', recognised: false }],
  ['<https://stats.example.org/table/42>', { type: 'webpage', URL: 'https://stats.example.org/table/42', recognised: false }],
  ['City Budget Office. *Annual Budget 2019*. https://budget.example.org/docs/2019/\n    annual-budget-final.pdf', { authors: ['City Budget Office'], title: 'Annual Budget 2019', URL: 'https://budget.example.org/docs/2019/annual-budget-final.pdf', recognised: true }],
  ['The figure excludes water used for firefighting, which the utility does not meter.', { type: 'document', recognised: false }],
  ['For a fuller account of the dispute and its aftermath, see Smith, *Water Wars*, 45–60, which draws heavily on the council minutes.', { recognised: false }],
  ['U.S. Geological Survey. *Estimated Use of Water in the United States in 2015*. Reston, VA: USGS, 2018.', { authors: ['U.S. Geological Survey'], publisher: 'USGS', place: 'Reston, VA', issued: '2018', recognised: true }],
  ['Jane Doe, "Reservoir Levels Fall," *Valley Times*, August 3, 2021.', { type: 'article-newspaper', authors: ['Doe, Jane'], title: 'Reservoir Levels Fall', issued: '2021-08-03', recognised: true }],
  ['Doe, Jane. "Reservoir Levels Fall." *Valley Times*, 3 Aug. 2021, https://valleytimes.example.com/2021/08/03/reservoir.', { type: 'article-newspaper', issued: '2021-08-03', URL: 'https://valleytimes.example.com/2021/08/03/reservoir', recognised: true }],
  ['Ng, Alice. "The Quiet Pipes." *Civic Magazine*, May 2018, pp. 22–29.', { type: 'article-magazine', issued: '2018-05', page: '22–29', recognised: true }],
  ['Ministry of Water. (2020). *National water strategy*. Retrieved June 14, 2020, from https://strategy.example.org/water', { authors: ['Ministry of Water'], issued: '2020', accessed: '2020-06-14', URL: 'https://strategy.example.org/water', recognised: true }],
  ['Lee, Ann. "Meters Replaced." *Tri-County News*, 10 May 2019. Accessed 2 May 2019.', { issued: '2019-05-10', accessed: '2019-05-02' }],
  ['"Transit Plan." Metro Council. https://metro.example.org/plan (accessed 1 January 2031).', { accessed: '2031-01-01', URL: 'https://metro.example.org/plan' }],
  ['Okafor, Ben. “Clocks and Railways.” *Journal of Transport History* 12, no. 3 (1991): 45–67.', { type: 'article-journal', title: 'Clocks and Railways', container: 'Journal of Transport History', issue: '3', issued: '1991', page: '45–67', recognised: true }],
  ['Wang, Lei, and Maria Rossi. "Leak Detection with Acoustic Loggers." *Water Research* 150 (2019): 1–10. https://doi.org/10.1016/j.watres.2018.11.001.',
    { type: 'article-journal', authors: ['Wang, Lei', 'Rossi, Maria'], DOI: '10.1016/j.watres.2018.11.001', URL: 'https://doi.org/10.1016/j.watres.2018.11.001', issued: '2019', recognised: true }],
  ['"Leap second." *Wikipedia*, last modified 3 March 2021, https://en.wikipedia.example.org/wiki/Leap_second.', { type: 'webpage', title: 'Leap second', container: 'Wikipedia', URL: 'https://en.wikipedia.example.org/wiki/Leap_second', recognised: true }],
  ['Landes, David S. "Clocks and the Wealth of Nations." In *Revolution in Time*, 53–66. Cambridge, MA: Harvard University Press, 1983.',
    { type: 'chapter', title: 'Clocks and the Wealth of Nations', container: 'Revolution in Time', publisher: 'Harvard University Press', issued: '1983', recognised: true }],
  ['Interview with the author, 12 March 2022.', { issued: '2022-03-12', recognised: false }],
  ['Sobel, *Longitude*, 45; Howse, *Greenwich Time*, 87.', { recognised: false }],
  ['Sobel, *Longitude*, 45.', { title: 'Longitude', recognised: true }],
  ['Smith, John. Budget Office Update. City Times, 3 May 2009.', { authors: ['Smith, John'], title: 'Budget Office Update', container: 'City Times', issued: '2009-05-03', recognised: true }],
  ['[Council minutes, 4 April 2022](https://council.example.org/minutes/2022-04-04), item 7.', { title: 'Council minutes, 4 April 2022', URL: 'https://council.example.org/minutes/2022-04-04', issued: '2022-04-04' }],
  ['van der Berg, Anna. "Dutch Water Boards." *Polder Review*, 2016.', { authors: ['van der Berg, Anna'], title: 'Dutch Water Boards', container: 'Polder Review', issued: '2016', recognised: true }],
  ['Durand, Émile. « L’heure des chemins de fer. » *Revue d’histoire*, 1998.', { authors: ['Durand, Émile'], title: 'L’heure des chemins de fer', container: 'Revue d’histoire', recognised: true }],
  ['Barnett, Jo Ellen. *Time’s Pendulum*. Plenum, 1998.', { type: 'book', authors: ['Barnett, Jo Ellen'], publisher: 'Plenum', issued: '1998', recognised: true }],
  ['"About Our Water." Kessmere Public Utilities, n.d. https://kpu.example.org/about.', { title: 'About Our Water', URL: 'https://kpu.example.org/about', recognised: true }],
  ['"Rates 2024." <https://kpu.example.org/rates.>', { title: 'Rates 2024', URL: 'https://kpu.example.org/rates.' }],
  ['See <http:///reports/annual.pdf>.', { URL: null, recognised: false }],
  ['Smith v. Jones, 123 F.3d 456 (9th Cir. 1999).', { recognised: false }],
  ['Dohrn-van Rossum, Gerhard. *History of the Hour: Clocks and Modern Temporal Orders*. Translated by Thomas Dunlap. Chicago: University of Chicago Press, 1996.',
    { type: 'book', authors: ['Dohrn-van Rossum, Gerhard'], publisher: 'University of Chicago Press', place: 'Chicago', issued: '1996', recognised: true }],
  ['Retrieved: 2020-06-14. "Water Rates." https://rates.example.org', { accessed: '2020-06-14', title: 'Water Rates', URL: 'https://rates.example.org' }],
  ['American Water Works Association. *Principles of Water Rates, Fees, and Charges*. Manual of Water Supply Practices M1, 7th ed., AWWA, 2017.', { type: 'book', authors: ['American Water Works Association'], publisher: 'AWWA', issued: '2017', recognised: true }],
  ['Ordnance Survey. *A Guide to Coordinate Systems in Great Britain*. Ordnance Survey, Southampton, revised edition.', { type: 'book', authors: ['Ordnance Survey'], recognised: true }],
  ['Betts, Jonathan. *Harrison*. National Maritime Museum, 1993. Betts gives a more sympathetic account of the Board of Longitude than popular versions of the story do.', { title: 'Harrison', publisher: 'National Maritime Museum', recognised: false }],
  ['[[[[ ]]]] ((( ))) <<< >>> """ “ ” *', { recognised: false }],
  ['Kim, Ruth. "Tap Water Myths. *Health Weekly*, 2 Feb. 2017.', { issued: '2017-02-02' }],
];

test(`parses ${CASES.length} real-world note shapes`, () => {
  assert.ok(CASES.length >= 40);
  const failures: string[] = [];
  for (const [note, expected] of CASES) {
    const parsed = parseReference(note);
    const { csl } = parsed;
    const actual: Expect = {
      type: csl.type,
      title: csl.title,
      authors: csl.author?.map(name),
      container: csl['container-title'],
      publisher: csl.publisher,
      place: csl['publisher-place'],
      issued: cslDateToIso(csl.issued) ?? undefined,
      accessed: cslDateToIso(csl.accessed) ?? undefined,
      URL: csl.URL ?? null,
      page: csl.page,
      issue: csl.issue,
      DOI: csl.DOI,
      recognised: parsed.recognised,
      ibid: parsed.ibid ? parsed.ibid.locator : undefined,
    };
    for (const key of Object.keys(expected) as Array<keyof Expect>) {
      if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) {
        failures.push(`${note}\n    ${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('a 10 MB note and a note of brackets parse in bounded time', () => {
  const started = performance.now();
  parseReference(`Smith, John. "${'A'.repeat(10_000_000)}." *Times*, 2001.`);
  parseReference('['.repeat(100_000) + '('.repeat(100_000) + '<'.repeat(100_000));
  assert.ok(performance.now() - started < 5_000, `${performance.now() - started} ms`);
});
