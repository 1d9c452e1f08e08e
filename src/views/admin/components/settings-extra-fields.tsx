import type { FormView } from '../../../presenters/admin/admin-view-models.js';
import { TextField } from './fields.js';

/** Links to the site's policies, named on the publisher in JSON-LD. */
export function TransparencyFields(props: { form: FormView }) {
  const { form } = props;
  return (
    <>
      <h2>Transparency</h2>
      <TextField form={form} name="publishingPrinciplesUrl" label="Publishing principles" hint="An address, or a path on this site such as /about/standards. Search engines read it as publishingPrinciples." />
      <TextField form={form} name="correctionsPolicyUrl" label="Corrections policy" hint="Linked from the corrections page; read as correctionsPolicy." />
      <TextField form={form} name="ownershipFundingUrl" label="Ownership and funding" hint="Who owns and funds the site; read as ownershipFundingInfo." />
    </>
  );
}

/** Save Page Now: cited pages archived when an article is published. */
export function ArchivingFields(props: { form: FormView; secretSet: boolean }) {
  const { form } = props;
  return (
    <>
      <h2>Archiving</h2>
      <p class="hint">When an access key and secret are set, publishing sends each cited page to the Wayback Machine’s Save Page Now, and notes link the snapshot as their archived copy.</p>
      <TextField form={form} name="captureApiUrl" label="Save Page Now address" type="url" hint="https://web.archive.org unless you run your own." />
      <TextField form={form} name="captureAccessKey" label="Access key" autocomplete="off" hint="From archive.org/account/s3.php. Leave empty to turn capture off." />
      <TextField form={form} name="captureSecret" label="Secret" type="password" autocomplete="new-password" hint={props.secretSet ? 'A secret is set; leave empty to keep it.' : 'No secret set yet.'} />
      <TextField form={form} name="captureFreshDays" label="Capture again after (days)" type="number" inputmode="numeric" hint="A page archived more recently is not sent again." />
    </>
  );
}
