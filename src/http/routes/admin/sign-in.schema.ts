import { sameOriginPath } from '../../normalise-url.js';
import { z } from 'zod';

/** The sign-in form. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.'),
  password: z.string().min(1, 'Enter your password.'),
  next: z.string().optional(),
});

/** The first-run form. */
export const setupSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.'),
  email: z.string().trim().min(1, 'Enter your email address.'),
  password: z.string().min(1, 'Choose a password.'),
});

/** `/admin/login?next=…`: where to go after signing in. */
export const signInQuerySchema = z.object({ next: z.string().optional().catch(undefined) });

/** Only a local admin path may follow sign-in (no open redirect to another site): normalised first, then checked. */
export function safeNext(next: string | undefined): string {
  const path = sameOriginPath(next, '/admin');
  return /^\/admin(?:[/?]|$)/.test(path) ? path : '/admin';
}
