import { Component, createContext, Fragment, h, options, type ComponentChildren, type FunctionComponent, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { LocaleContext, translateIn, type Translate } from '../locale-context.js';
import { DEFAULT_THEME, type SlotName } from './slots.js';
import { DateTime } from '../components/date-time.js';
import { LanguageSwitcher } from '../components/language-switcher.js';
import { Picture } from '../components/picture.js';
import { SearchBox } from '../components/search-box.js';
import { SiteMenu } from '../components/site-menu.js';

/** Built-in building blocks a template may use (props as in src/views/components). */
const PARTS = { DateTime, LanguageSwitcher, Picture, SearchBox, SiteMenu };

// Lets a class component with componentDidCatch catch what its children throw while
// rendering to a string (preact-render-to-string reads this flag); only ThemeBoundary has one.
(options as { errorBoundaries?: boolean }).errorBoundaries = true;

/** What a theme template is handed besides its props. */
export interface ThemeKit {
  /** preact's `h` and `Fragment`: templates build markup with them (no JSX, no build step). */
  h: typeof h;
  Fragment: typeof Fragment;
  /** The built-in template of the same slot, to wrap or fall back to. */
  Default: FunctionComponent<never>;
  /** Interface strings in the page's locale (keys of src/presenters/i18n/locales/en.json). */
  t: Translate;
  /** The page's locale (fa-u-ca-persian…). */
  locale: string;
  /** Built-in parts: DateTime {date}, Picture {picture, class?, eager?}, SearchBox {}, SiteMenu {links, label, class?}, LanguageSwitcher {links}. */
  parts: typeof PARTS;
}

/** A theme's template: a plain function of the slot's props to markup. */
export type ThemeTemplate = (props: Record<string, unknown>, kit: ThemeKit) => ComponentChildren;

/** A theme as pages use it: its templates and the address of its stylesheet. */
export interface ActiveTheme {
  name: string;
  templates: Partial<Record<SlotName, ThemeTemplate>>;
  cssHref: string | null;
}

/** The themes a render may use: looked up by the name the site's settings choose. */
export interface ThemeLookup {
  /** The theme called `name`, or undefined for the default (or one not installed). */
  theme(name: string): ActiveTheme | undefined;
  /** Told when a theme's template threw; the default template answered instead. */
  reportError(theme: string, slot: SlotName, error: unknown): void;
}

/** No themes: every slot renders its built-in template. */
export const NO_THEMES: ThemeLookup = { theme: () => undefined, reportError: () => undefined };

/** The installed themes, set per render by renderDocument. */
export const ThemesContext = createContext<ThemeLookup>(NO_THEMES);
/** The name of the theme the page is in, set by the page and layout from the chrome view. */
export const ActiveThemeContext = createContext<string>(DEFAULT_THEME);

type BoundaryProps = { slot: SlotName; theme: string; lookup: ThemeLookup; fallback: () => VNode; children: ComponentChildren };

/** Renders a theme's template, or the default when the template throws (reported, never a 500). */
class ThemeBoundary extends Component<BoundaryProps, { failed: boolean }> {
  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.lookup.reportError(this.props.theme, this.props.slot, error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? this.props.fallback() : this.props.children;
  }
}

function CallTemplate(props: { template: ThemeTemplate; props: Record<string, unknown>; kit: ThemeKit }) {
  return <>{props.template(props.props, props.kit)}</>;
}

/** What a page-level slot reads from its props: the chrome says the theme and locale. */
type PageProps = { view: { chrome: { theme: string; locale: string } } };

/**
 * `Default` under the name `slot`: a theme that has `templates/<slot>.js` renders in its
 * place. With `page`, the slot is a whole page and sets the theme for everything in it.
 */
export function themed<P extends object>(slot: SlotName, Default: FunctionComponent<P>, page?: (props: P) => PageProps['view']['chrome']): FunctionComponent<P> {
  function Themed(props: P) {
    const lookup = useContext(ThemesContext);
    const inherited = useContext(ActiveThemeContext);
    const contextLocale = useContext(LocaleContext);
    const chrome = page?.(props);
    const name = chrome?.theme ?? inherited;
    const template = lookup.theme(name)?.templates[slot];
    let out: VNode;
    if (!template) out = <Default {...props} />;
    else {
      const locale = chrome?.locale ?? contextLocale;
      const kit: ThemeKit = { h, Fragment, Default: Default as FunctionComponent<never>, t: translateIn(locale), locale, parts: PARTS };
      out = (
        <ThemeBoundary slot={slot} theme={name} lookup={lookup} fallback={() => <Default {...props} />}>
          <CallTemplate template={template} props={props as Record<string, unknown>} kit={kit} />
        </ThemeBoundary>
      );
    }
    return chrome ? <ActiveThemeContext.Provider value={name}>{out}</ActiveThemeContext.Provider> : out;
  }
  Themed.displayName = `Themed(${slot})`;
  return Themed;
}

/** `themed` for a page whose props are `{ view }` with a chrome view. */
export function themedPage<P extends PageProps>(slot: SlotName, Default: FunctionComponent<P>): FunctionComponent<P> {
  return themed(slot, Default, (props) => props.view.chrome);
}
