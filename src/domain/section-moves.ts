import { invalid, m } from './errors.js';
import { childSections, sectionWithDescendants, type Section } from './section.js';

/** The moves the sections screen offers (buttons, so they work from the keyboard). */
export type SectionMove = 'up' | 'down' | 'indent' | 'outdent';

/** A section's new place. */
export interface SectionPlacement {
  id: number;
  parentId: number | null;
  position: number;
}

function renumber(siblings: Section[], parentId: number | null): SectionPlacement[] {
  return siblings.map((s, position) => ({ id: s.id, parentId, position }));
}

/**
 * Where every affected section stands after moving one: up or down among its siblings,
 * indent (into the sibling above, as its last child) or outdent (out of its parent, right
 * after it). A move that cannot happen (first one up, top level out) changes nothing.
 */
export function moveSection(sections: readonly Section[], id: number, move: SectionMove): SectionPlacement[] {
  const section = sections.find((s) => s.id === id);
  if (!section) throw invalid(m`There is no such section.`, 'section');
  const siblings = childSections(sections, section.parentId);
  const index = siblings.findIndex((s) => s.id === id);
  if (move === 'up' || move === 'down') {
    const other = index + (move === 'up' ? -1 : 1);
    if (other < 0 || other >= siblings.length) return [];
    [siblings[index], siblings[other]] = [siblings[other]!, siblings[index]!];
    return renumber(siblings, section.parentId);
  }
  if (move === 'indent') {
    const newParent = siblings[index - 1];
    if (!newParent) return [];
    const rest = siblings.filter((s) => s.id !== id);
    return [...renumber(rest, section.parentId), ...renumber([...childSections(sections, newParent.id), section], newParent.id)];
  }
  if (section.parentId === null) return [];
  const parent = sections.find((s) => s.id === section.parentId)!;
  const outer = childSections(sections, parent.parentId).filter((s) => s.id !== id);
  outer.splice(outer.findIndex((s) => s.id === parent.id) + 1, 0, section);
  return [...renumber(siblings.filter((s) => s.id !== id), section.parentId), ...renumber(outer, parent.parentId)];
}

/** Places a section under another parent (last), refusing to put it inside itself. */
export function reparentSection(sections: readonly Section[], id: number, parentId: number | null): SectionPlacement[] {
  const section = sections.find((s) => s.id === id);
  if (!section) throw invalid(m`There is no such section.`, 'section');
  if (parentId !== null && sectionWithDescendants(sections, section).some((s) => s.id === parentId)) {
    throw invalid(m`A section cannot move inside itself or one of its subsections.`, 'parent');
  }
  if (parentId === section.parentId) return [];
  const rest = childSections(sections, section.parentId).filter((s) => s.id !== id);
  return [...renumber(rest, section.parentId), ...renumber([...childSections(sections, parentId), section], parentId)];
}
