import { markdownCard } from './markdown-cards.js';

/**
 * Ghost's cards (Koenig: Mobiledoc card payloads and Lexical card nodes, which carry the same
 * fields) as plain HTML that the HTML → Markdown step turns into their Dossier equivalent:
 * images with captions as figures, galleries as their images, bookmarks, buttons and files
 * as links, callouts as quotes, toggles as a bold heading and its text, audio and video as
 * links to their files. Cards with no equivalent are named in the findings of the conversion.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let findings: string[] = [];

/** Runs a conversion, collecting what its cards could not convert. */
export function withCardFindings<T>(convert: () => T): { result: T; findings: string[] } {
  findings = [];
  try {
    const result = convert();
    return { result, findings };
  } finally {
    findings = [];
  }
}

/** Notes something a card lost (once a kind). */
export function cardFinding(text: string): void {
  if (!findings.includes(text)) findings.push(text);
}

type Payload = Record<string, unknown>;

const str = (payload: Payload, key: string): string => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
const http = (url: string) => /^(https?:)?\/\//.test(url) || url.startsWith('/') || url.startsWith('__GHOST_URL__');
const link = (url: string, text: string) => (http(url) ? `<a href="${escape(url)}">${text || escape(url)}</a>` : text);

function figure(src: string, alt: string, caption: string, href = ''): string {
  if (!src) return '';
  const img = `<img src="${escape(src)}" alt="${escape(alt)}">`;
  return `<figure>${href ? link(href, img) : img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/** One card as HTML, or '' (with a finding) when Dossier has nothing for it. */
export function ghostCardHtml(name: string, payload: Payload): string {
  const s = (key: string) => str(payload, key);
  switch (name) {
    case 'markdown':
    case 'card-markdown':
      return markdownCard(s('markdown'));
    case 'html':
      return s('html');
    case 'image':
      return figure(s('src'), s('alt'), s('caption'), s('href'));
    case 'gallery': {
      const images = Array.isArray(payload['images']) ? (payload['images'] as Payload[]) : [];
      const inner = images.map((image) => figure(str(image, 'src'), str(image, 'alt'), str(image, 'caption'))).join('');
      return `<figure class="gallery">${inner}${s('caption') ? `<figcaption>${s('caption')}</figcaption>` : ''}</figure>`;
    }
    case 'embed': {
      const url = s('url');
      const caption = s('caption') ? `<p><em>${s('caption')}</em></p>` : '';
      return url ? `<p>${link(url, escape((payload['metadata'] as Payload | undefined)?.['title'] as string || url))}</p>${caption}` : `${s('html')}${caption}`;
    }
    case 'bookmark': {
      const meta = (payload['metadata'] ?? {}) as Payload;
      const url = s('url') || str(meta, 'url');
      const title = str(meta, 'title') || url;
      const description = str(meta, 'description');
      const source = [str(meta, 'publisher'), str(meta, 'author')].filter(Boolean).join(', ');
      return `<p>${link(url, escape(title))}${source ? ` (${escape(source)})` : ''}${description ? `: ${escape(description)}` : ''}</p>${s('caption') ? `<p><em>${s('caption')}</em></p>` : ''}`;
    }
    case 'callout':
      return `<blockquote><p>${s('calloutEmoji') ? `${escape(s('calloutEmoji'))} ` : ''}${s('calloutText')}</p></blockquote>`;
    case 'toggle':
      return `<p><strong>${s('heading').replace(/<\/?p>/g, '')}</strong></p>${s('content')}`;
    case 'button':
      return `<p>${link(s('buttonUrl'), escape(s('buttonText') || s('buttonUrl')))}</p>`;
    case 'header': {
      const button = payload['buttonEnabled'] && s('buttonUrl') ? `<p>${link(s('buttonUrl'), escape(s('buttonText')))}</p>` : '';
      return `<h2>${s('header') || s('heading')}</h2>${s('subheader') || s('subheading') ? `<p>${s('subheader') || s('subheading')}</p>` : ''}${button}`;
    }
    case 'product': {
      if (payload['productRatingEnabled']) cardFinding('a product card\'s star rating was left out');
      const button = payload['productButtonEnabled'] && s('productUrl') ? `<p>${link(s('productUrl'), escape(s('productButton') || s('productUrl')))}</p>` : '';
      return `${figure(s('productImageSrc'), '', '')}<h3>${s('productTitle')}</h3>${s('productDescription')}${button}`;
    }
    case 'audio':
      return s('src') ? `<audio src="${escape(s('src'))}" title="${escape(s('title'))}"></audio>` : '';
    case 'video':
      return s('src') ? `<figure><video src="${escape(s('src'))}"></video>${s('caption') ? `<figcaption>${s('caption')}</figcaption>` : ''}</figure>` : '';
    case 'file': {
      const title = s('fileTitle') || s('fileName') || s('src');
      const about = [s('fileCaption'), s('fileName')].filter(Boolean).map(escape).join(', ');
      return s('src') ? `<p>${link(s('src'), escape(title))}${about ? ` (${about})` : ''}</p>` : '';
    }
    case 'code':
    case 'codeblock':
      return `<pre><code${s('language') ? ` class="language-${escape(s('language'))}"` : ''}>${escape(s('code'))}</code></pre>${s('caption') ? `<p><em>${s('caption')}</em></p>` : ''}`;
    case 'hr':
    case 'horizontalrule':
      return '<hr>';
    case 'paywall':
      cardFinding('the members-only divider (paywall card) was left out: the whole post is imported with one visibility');
      return '';
    default:
      cardFinding(`a "${name}" card has no Dossier equivalent and was left out`);
      return '';
  }
}
