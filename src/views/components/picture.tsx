import type { PictureView } from '../../presenters/view-models.js';

/** A responsive image: AVIF and WebP sources, the original format as fallback. */
export function Picture(props: { picture: PictureView; class?: string; eager?: boolean }) {
  const { picture } = props;
  return (
    <picture class={props.class}>
      {picture.sources.map((s) => <source type={s.type} srcset={s.srcset} sizes={picture.sizes} />)}
      <img src={picture.src} srcset={picture.srcset || undefined} sizes={picture.sizes} width={picture.width} height={picture.height} alt={picture.alt} loading={props.eager ? undefined : 'lazy'} decoding="async" />
    </picture>
  );
}
