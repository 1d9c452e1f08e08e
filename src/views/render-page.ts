import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { NO_THEMES, ThemesContext, type ThemeLookup } from './themes/themed.js';

/** Renders a page component to a complete HTML document, with the installed themes at hand. */
export function renderDocument(page: VNode, themes: ThemeLookup = NO_THEMES): string {
  return `<!DOCTYPE html>${render(themes === NO_THEMES ? page : (h(ThemesContext.Provider, { value: themes }, page) as VNode))}`;
}
