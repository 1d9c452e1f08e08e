// citation-js 0.7 ships no type declarations; format-worker.ts narrows what it uses.
declare module '@citation-js/core';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
