import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a page component to a complete HTML document. */
export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${render(page)}`;
}
