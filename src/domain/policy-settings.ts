import { z } from 'zod';
import { m } from './errors.js';
import { schemaMessage } from './schema-messages.js';

/** Links to the site's transparency pages, named on the publisher in JSON-LD (schema.org/Organization). */
export interface PolicySettings {
  /** `publishingPrinciples`: how the site works (editorial standards, ethics). */
  publishingPrinciplesUrl: string;
  /** `correctionsPolicy`: how errors are corrected; also linked from /corrections. */
  correctionsPolicyUrl: string;
  /** `ownershipFundingInfo`: who owns and funds the site. */
  ownershipFundingUrl: string;
}

/** An http(s) address, or a path on this site (`/about/ethics`); '' for none. */
export function isPolicyLink(text: string): boolean {
  if (text === '') return true;
  if (text.startsWith('/')) return !text.startsWith('//') && !/\s/.test(text);
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

const policyLink = z.string().trim().max(2048).refine(isPolicyLink, schemaMessage(m`must be an http(s) address or a path on this site such as /about/ethics, or empty`)).default('');

/** The zod shape of the policy links, merged into the site settings schema. */
export const policySettingsShape = {
  publishingPrinciplesUrl: policyLink,
  correctionsPolicyUrl: policyLink,
  ownershipFundingUrl: policyLink,
};

/** A policy link as an absolute URL (site paths resolved against `siteUrl`); null when unset. */
export function absolutePolicyLink(siteUrl: string, link: string): string | null {
  if (link === '') return null;
  return link.startsWith('/') ? `${siteUrl.replace(/\/+$/, '')}${link}` : link;
}
