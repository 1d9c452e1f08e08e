import type { Note } from '../domain/article.js';

/** A note's HTML as readers see it: in the site's citation style once rendered in it, else as written. */
export function noteDisplayHtml(note: Note, style: string | undefined): string {
  return note.styledHtml !== null && note.styledWith === style ? note.styledHtml : note.html;
}
