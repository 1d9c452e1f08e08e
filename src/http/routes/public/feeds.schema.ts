import { textParams } from '../../route-values.js';

/** Feed paths: a tag or author slug, or a section path in parts (`s0`…`s5`); all looked up as text. */
export const feedParamsSchema = textParams;
