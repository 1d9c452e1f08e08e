import { absolutePolicyLink, type PolicySettings } from '../domain/policy-settings.js';

/** The policy links the settings name, as schema.org Organization properties (absolute URLs). */
export function publisherPolicies(siteUrl: string, settings: PolicySettings): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (property: string, link: string) => {
    const url = absolutePolicyLink(siteUrl, link);
    if (url) out[property] = url;
  };
  add('publishingPrinciples', settings.publishingPrinciplesUrl);
  add('correctionsPolicy', settings.correctionsPolicyUrl);
  add('ownershipFundingInfo', settings.ownershipFundingUrl);
  return out;
}
