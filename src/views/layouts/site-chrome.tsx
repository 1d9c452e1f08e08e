import type { ChromeView, HeadView } from '../../presenters/view-models.js';
import { LanguageSwitcher } from '../components/language-switcher.js';
import { SearchBox } from '../components/search-box.js';
import { SiteMenu } from '../components/site-menu.js';
import { useT } from '../locale-context.js';
import { themed } from '../themes/themed.js';

/** Header height of the logo in pixels (site.css `.site-logo`). */
const LOGO_HEIGHT = 40;

/** The logo at header height, its width from its own proportions so nothing shifts as it loads. */
export function SiteLogo(props: { chrome: ChromeView }) {
  const { chrome } = props;
  if (!chrome.logoUrl) return null;
  const size = chrome.logoSize;
  const width = size ? Math.max(1, Math.round((size.width * LOGO_HEIGHT) / size.height)) : undefined;
  return <img class="site-logo" src={chrome.logoUrl} alt={chrome.siteTitle} width={width} height={LOGO_HEIGHT} />;
}

function DefaultSiteHeader(props: { chrome: ChromeView; head: HeadView }) {
  const { chrome, head } = props;
  const t = useT();
  return (
    <header class="site-header">
      <div class="wrap wrap-wide site-header-inner">
        <a class="site-title" href="/">
          {chrome.logoUrl ? <SiteLogo chrome={chrome} /> : <bdi>{chrome.siteTitle}</bdi>}
        </a>
        <SiteMenu links={chrome.nav} label={t('layout.sections')} class="site-nav" />
        <SearchBox />
        <LanguageSwitcher links={head.languageSwitcher} />
      </div>
    </header>
  );
}

function DefaultSiteFooter(props: { chrome: ChromeView }) {
  const { chrome } = props;
  const t = useT();
  return (
    <footer class="site-footer">
      <div class="wrap wrap-wide">
        <SiteMenu links={chrome.footerLinks} label={t('layout.sitePages')} class="footer-nav" />
        <p class="site-footer-note">
          {chrome.footerText ? <bdi>{chrome.footerText}</bdi> : <><bdi>{chrome.siteDescription}</bdi> {t('layout.poweredBy')}</>}
        </p>
      </div>
    </footer>
  );
}

/** Logo or title, header menu, search and languages; or the theme's `site-header` template. */
export const SiteHeader = themed('site-header', DefaultSiteHeader);
/** Footer menu and line; or the theme's `site-footer` template. */
export const SiteFooter = themed('site-footer', DefaultSiteFooter);
