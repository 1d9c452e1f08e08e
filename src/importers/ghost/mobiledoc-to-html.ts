import { readGhostContent } from './read-ghost-content.js';
type Markup = [string, string[]?];
type Marker = [number, number[], number, string];
interface Mobiledoc {
  markups?: Markup[];
  cards?: Array<[string, Record<string, unknown>]>;
  atoms?: Array<[string, string, unknown]>;
  sections?: unknown[][];
}

import { ghostCardHtml } from './cards.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function markersToHtml(doc: Mobiledoc, markers: Marker[]): string {
  let out = '';
  const open: string[] = [];
  for (const [kind, opens, closes, value] of markers) {
    for (const index of opens) {
      const [tag, attrs = []] = doc.markups?.[index] ?? ['span'];
      let attributes = '';
      for (let i = 0; i + 1 < attrs.length; i += 2) attributes += ` ${attrs[i]}="${escape(String(attrs[i + 1]))}"`;
      out += `<${tag}${attributes}>`;
      open.push(tag);
    }
    out += kind === 1 ? escape(String(doc.atoms?.[Number(value)]?.[1] ?? '')) : escape(value);
    for (let i = 0; i < closes; i++) out += `</${open.pop()}>`;
  }
  return out;
}

/** Renders Ghost's Mobiledoc JSON to HTML (the subset Ghost editors produce). */
export function mobiledocToHtml(json: string): string {
  return readGhostContent('mobiledoc', json, (parsed) => renderMobiledoc(parsed as Mobiledoc));
}

function renderMobiledoc(doc: Mobiledoc): string {
  return (doc?.sections ?? [])
    .map((section) => {
      const [type] = section as [number];
      if (type === 1) {
        const [, tag, markers] = section as [number, string, Marker[]];
        return `<${tag}>${markersToHtml(doc, markers)}</${tag}>`;
      }
      if (type === 3) {
        const [, tag, items] = section as [number, string, Marker[][]];
        return `<${tag}>${items.map((markers) => `<li>${markersToHtml(doc, markers)}</li>`).join('')}</${tag}>`;
      }
      if (type === 10) {
        const [, index] = section as [number, number];
        const card = doc.cards?.[index];
        return card ? ghostCardHtml(card[0], card[1]) : '';
      }
      return '';
    })
    .join('\n');
}
