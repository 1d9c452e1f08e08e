import type { MarkedTextView } from '../../presenters/view-models.js';

/** Text with search matches in `<mark>`; every part is escaped as ordinary text. */
export function MarkedText(props: { text: MarkedTextView }) {
  return <>{props.text.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}
