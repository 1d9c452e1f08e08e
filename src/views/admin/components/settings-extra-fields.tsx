import type { FormView } from '../../../presenters/admin/admin-view-models.js';
import { TextField } from './fields.js';
import { useT } from '../../locale-context.js';

/** Links to the site's policies, named on the publisher in JSON-LD. */
export function TransparencyFields(props: { form: FormView }) {
  const { form } = props;
  const t = useT();
  const s = (key: string) => t(`admin.settings.${key}`);
  return (
    <>
      <h2>{s('transparency')}</h2>
      <TextField form={form} name="publishingPrinciplesUrl" label={s('principles')} hint={s('principlesHint')} />
      <TextField form={form} name="correctionsPolicyUrl" label={s('correctionsPolicy')} hint={s('correctionsPolicyHint')} />
      <TextField form={form} name="ownershipFundingUrl" label={s('ownership')} hint={s('ownershipHint')} />
    </>
  );
}

/** Save Page Now: cited pages archived when an article is published. */
export function ArchivingFields(props: { form: FormView; secretSet: boolean }) {
  const { form } = props;
  const t = useT();
  const s = (key: string) => t(`admin.settings.${key}`);
  return (
    <>
      <h2>{s('archiving')}</h2>
      <p class="hint">{s('archivingIntro')}</p>
      <TextField form={form} name="captureApiUrl" label={s('captureUrl')} type="url" hint={s('captureUrlHint')} />
      <TextField form={form} name="captureAccessKey" label={s('accessKey')} autocomplete="off" hint={s('accessKeyHint')} />
      <TextField form={form} name="captureSecret" label={s('secret')} type="password" autocomplete="new-password" hint={s(props.secretSet ? 'secretSet' : 'secretUnset')} />
      <TextField form={form} name="captureFreshDays" label={s('freshDays')} type="number" inputmode="numeric" hint={s('freshDaysHint')} />
    </>
  );
}
