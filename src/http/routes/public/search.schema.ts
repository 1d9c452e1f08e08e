import { z } from 'zod';
import { parsePageNumber } from '../../../domain/pagination.js';
import { firstText } from '../../query-values.js';

/** `/search?q=…&section=…&author=…&tag=…&from=…&to=…&page=…`: bounded text, never an error whatever is asked. */
export const searchQuerySchema = z.object({
  q: firstText(512),
  section: firstText(200),
  author: firstText(100),
  tag: firstText(100),
  from: firstText(10),
  to: firstText(10),
  /** One of the site's languages (BCP 47); anything else is ignored. */
  lang: firstText(35),
  page: firstText(8).transform((raw) => parsePageNumber(raw) ?? 1),
});
