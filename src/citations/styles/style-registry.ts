import { invalid } from '../../domain/errors.js';

/** A citation style Dossier ships. */
export interface CitationStyle {
  name: string;
  title: string;
  /** `note` styles print notes as footnotes ("Ibid." for repeats); `in-text` styles print reference entries. */
  kind: 'note' | 'in-text';
  file: string;
}

/** The styles a site can choose (the CSL files are in ./csl, CC BY-SA 3.0). */
export const CITATION_STYLES: readonly CitationStyle[] = [
  { name: 'chicago-notes-bibliography', title: 'Chicago (notes and bibliography)', kind: 'note', file: 'chicago-notes-bibliography.csl' },
  { name: 'apa', title: 'APA 7th edition', kind: 'in-text', file: 'apa.csl' },
  { name: 'chicago-author-date', title: 'Chicago (author-date)', kind: 'in-text', file: 'chicago-author-date.csl' },
  { name: 'modern-language-association', title: 'MLA 9th edition', kind: 'in-text', file: 'modern-language-association.csl' },
  { name: 'harvard-cite-them-right', title: 'Harvard (Cite Them Right)', kind: 'in-text', file: 'harvard-cite-them-right.csl' },
];

/** The style a new site uses: footnotes read best in a notes style. */
export const DEFAULT_CITATION_STYLE = 'chicago-notes-bibliography';

/** Locales shipped, by the language tags they serve. */
export const CITATION_LOCALES: Readonly<Record<string, string>> = {
  'en-US': 'locales-en-US.xml',
  'en-GB': 'locales-en-GB.xml',
  'fr-FR': 'locales-fr-FR.xml',
  ar: 'locales-ar.xml',
  'fa-IR': 'locales-fa-IR.xml',
};

/** The style with this name; an unknown name is an error that lists the known ones (never a silent fall-back). */
export function citationStyle(name: string): CitationStyle {
  const style = CITATION_STYLES.find((s) => s.name === name);
  if (!style) {
    throw invalid(`Unknown citation style "${name}". Choose one of: ${CITATION_STYLES.map((s) => s.name).join(', ')}.`, 'citationStyle');
  }
  return style;
}

/** The shipped locale closest to a site language ("fr" → fr-FR, "en" → en-US). */
export function citationLocale(language: string): string {
  if (CITATION_LOCALES[language]) return language;
  const base = language.split('-')[0]!.toLowerCase();
  const match = Object.keys(CITATION_LOCALES).find((tag) => tag.toLowerCase().split('-')[0] === base);
  return match ?? 'en-US';
}
