import { t } from '../../../presenters/i18n/translate.js';

const KEYS = ['renumbered', 'autosavedRevision', 'autosavedDraft', 'autosaveFailed', 'lookupFailed', 'noAnswer', 'lookingUp'] as const;

/** The admin script's messages in the admin's language, `{{name}}` left for the script to fill. */
export function scriptMessages(locale: string): Record<string, unknown> {
  const keep = { time: '{{time}}', status: '{{status}}' };
  const messages: Record<string, unknown> = Object.fromEntries(KEYS.map((key) => [key, t(locale, `admin.editor.script.${key}`, keep)]));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return {
    ...messages,
    locale,
    lintNone: t(locale, 'admin.editor.lint.none'),
    // One template per plural category of the language; the script picks with Intl.PluralRules.
    lintFindings: Object.fromEntries(categories.map((c) => [c, t(locale, `admin.editor.lint.findings_${c}`, { n: '{{n}}' })])),
    severity: { error: t(locale, 'admin.editor.lint.error'), warning: t(locale, 'admin.editor.lint.warning') },
  };
}

/** The messages as an inert JSON block the admin script reads (`<` escaped so no text ends the element). */
export function ScriptMessages(props: { locale: string }) {
  const json = JSON.stringify(scriptMessages(props.locale)).replace(/</g, '\\u003c');
  return <script type="application/json" id="admin-messages" dangerouslySetInnerHTML={{ __html: json }} />;
}
