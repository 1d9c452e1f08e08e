import { HtmlValidate, type RuleConfig } from 'html-validate';

/**
 * The HTML checks every rendered page is held to: html-validate's recommended and document
 * rules, less two style preferences (Preact writes `<meta/>`, and same-origin assets need no SRI).
 */
export function htmlValidator(moreRules: RuleConfig = {}): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended', 'html-validate:document'],
    rules: { 'void-style': 'off', 'require-sri': 'off', ...moreRules },
  });
}
