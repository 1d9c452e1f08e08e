import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type MessageValues } from '../presenters/i18n/translate.js';

/**
 * The page's locale for the components inside a layout, so each can translate without the
 * locale being handed down through every prop; set by the layouts from the view model, per
 * render (no state shared between requests).
 */
export const LocaleContext = createContext('en');

/** The interface-string function of the page being rendered. */
export type Translate = (key: string, values?: MessageValues) => string;

/** The page's locale (see LocaleContext). */
export function useLocale(): string {
  return useContext(LocaleContext);
}

/** `t` bound to the page's locale. */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return (key, values) => t(locale, key, values);
}

/** `t` bound to a locale known from the view model (page components, outside the layout's context). */
export function translateIn(locale: string): Translate {
  return (key, values) => t(locale, key, values);
}
