import type { HeadView } from '../../presenters/view-models.js';

/** Feed autodiscovery, OpenGraph and Twitter card tags of a page's head. */
export function SocialMeta(props: { head: HeadView }) {
  const { head } = props;
  const { social } = head;
  const twitterImage = social.twitterImage ?? social.image;
  return (
    <>
      {head.feeds.map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
      ))}
      <meta property="og:type" content={social.type} />
      <meta property="og:title" content={social.ogTitle ?? head.title} />
      <meta property="og:description" content={social.ogDescription ?? head.description} />
      <meta property="og:url" content={head.canonical} />
      {social.siteName ? <meta property="og:site_name" content={social.siteName} /> : null}
      <meta property="og:locale" content={social.locale} />
      {social.image ? <meta property="og:image" content={social.image} /> : null}
      {social.image && social.imageWidth ? <meta property="og:image:width" content={String(social.imageWidth)} /> : null}
      {social.image && social.imageHeight ? <meta property="og:image:height" content={String(social.imageHeight)} /> : null}
      {social.image && social.imageAlt ? <meta property="og:image:alt" content={social.imageAlt} /> : null}
      {social.publishedTime ? <meta property="article:published_time" content={social.publishedTime} /> : null}
      {social.modifiedTime ? <meta property="article:modified_time" content={social.modifiedTime} /> : null}
      {social.section ? <meta property="article:section" content={social.section} /> : null}
      {social.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      {(social.fediverseCreators ?? []).map((handle) => (
        <meta name="fediverse:creator" content={handle} />
      ))}
      <meta name="twitter:card" content={twitterImage ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={social.twitterTitle ?? head.title} />
      <meta name="twitter:description" content={social.twitterDescription ?? head.description} />
      {twitterImage ? <meta name="twitter:image" content={twitterImage} /> : null}
      {twitterImage && twitterImage === social.image && social.imageAlt ? <meta name="twitter:image:alt" content={social.imageAlt} /> : null}
    </>
  );
}
