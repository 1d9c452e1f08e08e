import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../content/markdown.js';
import { wordpressHtmlToMarkdown } from '../html/html-to-markdown.js';
import type { AttachmentLookup, ContentFindings } from './shortcodes.js';

// Cut from the WordPress theme unit test data (WordPress/theme-test-data, themeunittestdata.wordpress.xml
// and 64-block-test-data.xml at b47acf98; see test/fixtures/README.md and shared/fixtures/SOURCES.md).
const LINKED = '[caption id="attachment_612" align="aligncenter" width="640" caption="Chunk of resinous blackboy husk, Clarkson, Western Australia. This burns like a spinifex log."]<a href="https://wpthemetestdata.files.wordpress.com/2013/09/dsc20040724_152504_532.jpg"><img src="https://wpthemetestdata.files.wordpress.com/2013/09/dsc20040724_152504_532.jpg" alt="chunk of resinous blackboy husk" title="dsc20040724_152504_532" width="640" height="480" class="size-full wp-image-612" /></a>[/caption]';
const TEXT_CAPTION = '[caption id="attachment_906" align="aligncenter" width="580"]<img class="size-full wp-image-906 " title="Image Alignment 580x300" alt="Image Alignment 580x300" src="https://wpthemetestdata.files.wordpress.com/2013/03/image-alignment-580x300.jpg" width="580" height="300" /> Look at 580x300 getting some <a title="Image Settings" href="https://en.support.wordpress.com/images/image-settings/">caption</a> love.[/caption]';

const render = (md: string) => renderMarkdown(md, { idPrefix: '' }).html;
const count = (text: string, part: string) => text.split(part).length - 1;

test('[caption caption="…"] (post-format-image-linked): the image, its link and its caption, once, as <figure>/<figcaption>', () => {
  const html = render(wordpressHtmlToMarkdown(LINKED));
  assert.match(html, /^<figure><a href="https:\/\/wpthemetestdata[^"]+\.jpg"><img src="[^"]+" alt="chunk of resinous blackboy husk"><\/a><figcaption>Chunk of resinous blackboy husk, Clarkson, Western Australia\. This burns like a spinifex log\.<\/figcaption><\/figure>$/);
  assert.equal(count(html, 'Chunk of resinous'), 1);
});

test('[caption]…text[/caption]: the text after the image is the caption, once (the image title is not)', () => {
  const html = render(wordpressHtmlToMarkdown(TEXT_CAPTION));
  assert.equal(count(html, 'Look at 580x300 getting some caption love.'), 1, html);
  assert.match(html, /<figcaption>Look at 580x300 getting some caption love\.<\/figcaption>/);
  assert.doesNotMatch(html, /title=/);
});

test('gallery, audio, video and embed shortcodes are converted; unknown ones are named', () => {
  const attachments: AttachmentLookup = {
    byId: (id) => ({ '769': { url: 'https://wpthemetestdata.files.wordpress.com/2013/03/a.jpg', alt: 'A', caption: 'First', parent: '1' } })[id],
    ofPost: () => [],
  };
  const findings: ContentFindings = { warnings: [] };
  const md = wordpressHtmlToMarkdown(
    'Gallery shortcode example:\n\n[gallery columns=2 ids="769,767"]\n\nAudio shortcode example:\n\n[audio src="https://wpthemetestdata.files.wordpress.com/2008/06/originaldixielandjazzbandwithalbernard-stlouisblues.mp3"]\n\n[video width="640" mp4="https://x.example.org/v.mp4"][/video]\n\n[embed]https://www.youtube.com/watch?v=1[/embed]\n\n[contact-form to="me@example.org"]\n\n<!-- wp:latest-posts /-->',
    { postId: '1', attachments, findings },
  );
  assert.match(md, /!\[A\]\(https:\/\/wpthemetestdata\.files\.wordpress\.com\/2013\/03\/a\.jpg "First"\)/);
  assert.match(md, /\[Audio: originaldixielandjazzbandwithalbernard-stlouisblues\.mp3\]\(https:\/\/wpthemetestdata[^)]+\.mp3\)/);
  assert.match(md, /\[Video: v\.mp4\]\(https:\/\/x\.example\.org\/v\.mp4\)/);
  assert.match(md, /\[https:\/\/www\.youtube\.com\/watch\?v=1\]\(https:\/\/www\.youtube\.com\/watch\?v=1\)/);
  assert.match(md, /\\\[contact-form/);
  assert.deepEqual(findings.warnings, [
    'dynamic block wp:latest-posts (drawn by WordPress, with no content in the export) left out',
    'a [gallery] lost 1 of its 2 images: their attachments are not in the file (or come after the post)',
    'the [contact-form] shortcode has no Dossier equivalent and was kept as text',
  ]);
});

/** One post's content from the block test data, by title. */
function blockPost(title: string): string {
  const xml = readFileSync('test/fixtures/wordpress/64-block-test-data.xml', 'utf8');
  const at = xml.indexOf(`<title><![CDATA[${title}]]></title>`);
  const start = xml.indexOf('<content:encoded><![CDATA[', at) + '<content:encoded><![CDATA['.length;
  return xml.slice(start, xml.indexOf(']]></content:encoded>', start));
}

test('block editor: gallery, table, pullquote, buttons, code, file, audio and video blocks keep their content', () => {
  const gallery = render(wordpressHtmlToMarkdown(blockPost('Gallery')));
  assert.ok(count(gallery, '<img') >= 4);
  assert.equal(count(gallery, 'Gallery caption'), count(blockPost('Gallery'), '>Gallery caption<'), 'each gallery caption once');
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Table'))), /<table>[\s\S]*Cell 1[\s\S]*<\/table>/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Pullquote'))), /<blockquote>\s*<p>Pullquote, no alignment<\/p>/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Buttons'))), /<a href="#">Fill, linked<\/a>/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Code'))), /<pre><code>Hello World, default width/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('File'))), /<a href="https:\/\/wpthemetestdata\.files\.wordpress\.com\/2008\/06\/dsc20050102_192118_51\.jpg">Wind Farm<\/a>/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Audio'))), /<a href="https:\/\/[^"]+\.mp3">Audio: [^<]+<\/a>/);
  assert.match(render(wordpressHtmlToMarkdown(blockPost('Video'))), /<a href="https:\/\/[^"]+">Video: [^<]+<\/a>/);
});
