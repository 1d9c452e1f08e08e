import { createWriteStream } from 'node:fs';

const WORDS = ['reservoir', 'meter', 'pipe', 'chlorine', 'valve', 'survey', 'clock', 'tide', 'river', 'pump', 'audit', 'rate', 'main', 'leak', 'filter'];

/** Writes a WordPress export with `posts` posts (each with notes and two comments) and returns its size in bytes. */
export async function writeBenchWxr(path: string, posts: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      bytes += Buffer.byteLength(text);
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>https://bench.example.org</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bench.example.org</wp:base_site_url><wp:base_blog_url>https://bench.example.org</wp:base_blog_url>
<wp:author><wp:author_login>writer</wp:author_login><wp:author_display_name><![CDATA[A Writer]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
`);
  for (let i = 1; i <= posts; i++) {
    const word = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
    const paragraphs = Array.from({ length: 6 }, (_, p) => `<p>The ${word(p)} and the ${word(p + 1)} were both examined in the ${word(p + 2)} report.[${(p % 3) + 1}]</p>`).join('\n');
    const notes = `<p>[1] Board. <em>Annual Report ${i}</em>. Board Press, 2019, p. ${i % 90}.</p>\n<p>[2] Moreno, Luis. "Update ${i}." <em>City Times</em>, 3 May 2019. https://times.example.org/${i}</p>\n<p>[3] Ibid., p. 4.</p>`;
    const date = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    await write(`<item><title><![CDATA[Post ${i} about the ${word(0)}]]></title><link>https://bench.example.org/?p=${i}</link>
<dc:creator><![CDATA[writer]]></dc:creator><content:encoded><![CDATA[${paragraphs}\n${notes}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt><![CDATA[${date}]]></wp:post_date_gmt><wp:post_modified_gmt><![CDATA[${date}]]></wp:post_modified_gmt>
<wp:comment_status><![CDATA[open]]></wp:comment_status><wp:post_name><![CDATA[post-${i}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type><wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="news"><![CDATA[News]]></category>
<wp:comment><wp:comment_id>${i * 2}</wp:comment_id><wp:comment_author><![CDATA[Reader]]></wp:comment_author><wp:comment_author_email>r@example.org</wp:comment_author_email><wp:comment_author_IP>192.0.2.1</wp:comment_author_IP><wp:comment_date_gmt>${date}</wp:comment_date_gmt><wp:comment_content><![CDATA[Thanks for the ${word(3)} details.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
<wp:comment><wp:comment_id>${i * 2 + 1}</wp:comment_id><wp:comment_author><![CDATA[Writer]]></wp:comment_author><wp:comment_author_email>w@example.org</wp:comment_author_email><wp:comment_author_IP>192.0.2.2</wp:comment_author_IP><wp:comment_date_gmt>${date}</wp:comment_date_gmt><wp:comment_content><![CDATA[You are welcome.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${i * 2}</wp:comment_parent></wp:comment>
</item>
`);
  }
  await write('</channel></rss>\n');
  await new Promise((resolve) => out.end(resolve));
  return bytes;
}
