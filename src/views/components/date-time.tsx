import type { DateView } from '../../presenters/view-models.js';

/** A machine-readable date with its human label. */
export function DateTime(props: { date: DateView }) {
  return <time datetime={props.date.iso}>{props.date.label}</time>;
}
