import { z } from 'zod';
import { pageNumber } from '../../query-values.js';

/** The query of home, section, tag and author pages; a malformed page is a page that does not exist. */
export const listQuerySchema = z.object({ page: pageNumber });
