import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a component to an HTML fragment (for the editor's live preview). */
export function renderFragment(node: VNode): string {
  return render(node);
}
