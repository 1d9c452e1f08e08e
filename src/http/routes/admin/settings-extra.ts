import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';

/** The transparency (policy links) and archiving fields of the settings form. */
export const extraSettingsFields = {
  publishingPrinciplesUrl: z.string().max(2048, schemaMessage(m`The address is too long (2048 characters at most).`)).optional(),
  correctionsPolicyUrl: z.string().max(2048, schemaMessage(m`The address is too long (2048 characters at most).`)).optional(),
  ownershipFundingUrl: z.string().max(2048, schemaMessage(m`The address is too long (2048 characters at most).`)).optional(),
  captureApiUrl: z.string().max(2048, schemaMessage(m`The address is too long (2048 characters at most).`)).optional(),
  captureAccessKey: z.string().max(200, schemaMessage(m`The access key is too long.`)).optional(),
  captureSecret: z.string().max(200, schemaMessage(m`The secret is too long.`)).optional(),
  captureFreshDays: z.string().regex(/^\d{1,4}$/, schemaMessage(m`Enter a number of days (0 captures at every publish).`)).optional(),
};

type ExtraFields = { [K in keyof typeof extraSettingsFields]?: string };

/**
 * The settings these fields change, for the fields the form sent. The secret is never shown
 * back: an empty secret keeps the stored one, and clearing the access key turns capture off.
 */
export function extraSettingsPatch(data: ExtraFields): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of ['publishingPrinciplesUrl', 'correctionsPolicyUrl', 'ownershipFundingUrl', 'captureApiUrl', 'captureAccessKey'] as const) {
    if (data[key] !== undefined) patch[key] = data[key].trim();
  }
  if (data.captureSecret !== undefined && data.captureSecret.trim() !== '') patch['captureSecret'] = data.captureSecret.trim();
  if (data.captureAccessKey !== undefined && data.captureAccessKey.trim() === '') patch['captureSecret'] = '';
  if (data.captureFreshDays !== undefined) patch['captureFreshDays'] = Number(data.captureFreshDays);
  return patch;
}

/** The fields taken out of a parsed form, so the rest is what the form had before. */
export function splitExtraFields<T extends ExtraFields>(data: T): { extra: ExtraFields; rest: Omit<T, keyof ExtraFields> } {
  const { publishingPrinciplesUrl, correctionsPolicyUrl, ownershipFundingUrl, captureApiUrl, captureAccessKey, captureSecret, captureFreshDays, ...rest } = data;
  return { extra: { publishingPrinciplesUrl, correctionsPolicyUrl, ownershipFundingUrl, captureApiUrl, captureAccessKey, captureSecret, captureFreshDays }, rest };
}
