import { z } from 'zod';
import { pageNumber } from '../../query-values.js';
import { sqlText } from '../../route-values.js';

/** The query of home, section, tag and author pages; a malformed page is a page that does not exist. */
export const listQuerySchema = z.object({ page: pageNumber });

/** `/tag/:slug`, `/author/:slug` (and their pages): the slug that is looked up. */
export const slugParamsSchema = z.object({ slug: sqlText });

/** `/section/PATH`: the section path that is looked up. */
export const sectionParamsSchema = z.object({ '*': sqlText });
