import { m } from '../../../domain/errors.js';
import { diagnostic, type Rule } from './rule-context.js';

const shown = (label: string, plain: boolean) => (plain ? `[${label}]` : `[^${label}]`);

/** A marker in the text that no note answers. */
export const markerWithoutNote: Rule = ({ notes }) =>
  notes.orphanMarkers.map((marker) => {
    const example = notes.format === 'plain' ? `[${marker.label}] …` : `[^${marker.label}]: …`;
    return diagnostic('marker-without-note', 'error', marker.position,
      m`The marker ${shown(marker.label, notes.format === 'plain')} has no note. Add the note ("${example}") or remove the marker.`, null);
  });

/** A note that nothing in the text cites: readers will never see it. */
export const noteNeverCited: Rule = ({ notes, references }) =>
  references
    .filter((r) => !r.cited)
    .map((r) =>
      diagnostic('note-never-cited', 'warning', r.definition.position,
        m`Note ${shown(r.label, notes.format === 'plain')} is never cited in the text, so readers will not see it. Cite it or delete it.`, r.number),
    );

/** Two notes with the same label: only the first can ever be reached. */
export const duplicateLabel: Rule = ({ notes, references, at }) => {
  const first = new Map<string, number>();
  const found = [];
  for (const def of notes.definitions) {
    const key = def.label.toLowerCase();
    const firstOffset = first.get(key);
    if (firstOffset === undefined) {
      first.set(key, def.position.offset);
      continue;
    }
    const number = references.find((r) => r.label.toLowerCase() === key)?.number ?? null;
    found.push(diagnostic('duplicate-label', 'error', def.position,
      m`Two notes are labelled ${shown(def.label, notes.format === 'plain')} (the first is on line ${at(firstOffset).line}); this one can never be shown. Give each note its own label.`, number));
  }
  return found;
};

/** "Ibid." as the first note: there is no earlier source for it to repeat. */
export const ibidWithoutSource: Rule = ({ references }) =>
  references
    .filter((r) => r.parsed.ibid && r.ibidOf === null)
    .map((r) =>
      diagnostic('ibid-without-source', 'error', r.definition.position,
        m`Note ${r.number} says "${r.raw.trim()}" but no note comes before it, so there is nothing to repeat. Write the full reference.`, r.number),
    );
