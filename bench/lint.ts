import { lintCitations } from '../src/citations/lint/lint-citations.js';

/** A 10,000-word article with 200 notes of the usual mix (news, books, ibid, web). */
export function longArticle(): string {
  const sentence = 'Water flows downhill through pipes that the city laid a century ago, and nobody agrees on who should pay. ';
  const paragraphs = Array.from({ length: 200 }, (_, i) => `${sentence.repeat(2)}${'Meters age and under-read. '.repeat(6)}A claim.[^n${i}]`);
  const notes = Array.from({ length: 200 }, (_, i) => {
    if (i % 4 === 3) return `[^n${i}]: Ibid., p. ${i}.`;
    if (i % 4 === 2) return `[^n${i}]: Sobel, Dava. *Longitude*. New York: Walker, 1995, p. ${i}.`;
    if (i % 4 === 1) return `[^n${i}]: "Water Quality Report ${i}." Kessmere Public Utilities. https://kpu.example.org/reports/${i}.pdf (accessed 3 May 2024).`;
    return `[^n${i}]: Moreno, Luis. "Budget Office Update ${i}." *Citytimes.example*. 3 MAR 2009. Web. 14 Apr 2009. <http://citytimes.example.com/news/${i}>.`;
  });
  return `${paragraphs.join('\n\n')}\n\n${notes.join('\n')}\n`;
}

/** Median and p90 time to lint and parse the long article, after warming up. */
export function benchLint(runs = 30): { words: number; notes: number; median: number; p90: number } {
  const text = longArticle();
  const now = new Date();
  for (let i = 0; i < 5; i++) lintCitations(text, { now });
  const times: number[] = [];
  let notes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    notes = lintCitations(text, { now }).references.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { words: text.split(/\s+/).length, notes, median: times[Math.floor(runs / 2)]!, p90: times[Math.floor(runs * 0.9)]! };
}
