import { m, type Message } from '../../../domain/errors.js';
import { findUrls, type UrlProblem } from '../../parse/urls.js';
import { diagnostic, type Rule } from './rule-context.js';

function describe(problem: UrlProblem, url: string, note: number): Message {
  switch (problem) {
    case 'cut-off':
      return m`Note ${note} ends with a lone "<": the web address was cut off. Paste the full URL.`;
    case 'unclosed-angle':
      return m`The address in note ${note} opens with "<" but never closes with ">", so it may be cut off: ${url}`;
    case 'no-host':
      return m`"${url}" in note ${note} has no site name (host), so it cannot be opened. Check the address.`;
    case 'swallowed-punctuation':
      return m`The address in note ${note} ends with "${url.slice(-1)}", which probably ends your sentence rather than the URL. Move it outside the address.`;
  }
}

/** Malformed or truncated URLs: a lone "<", an unclosed "<…", no host, punctuation swallowed. */
export const malformedUrl: Rule = ({ references, at }) =>
  references.flatMap((r) =>
    findUrls(r.raw)
      .filter((u) => u.problem)
      .map((u) => diagnostic('malformed-url', 'error', at(r.definition.textOffset + u.start), describe(u.problem!, u.url, r.number), r.number)),
  );

/** An online source with no usable address: nobody can check it. */
export const webSourceWithoutUrl: Rule = ({ references }) =>
  references
    .filter((r) => !r.parsed.ibid && r.parsed.web && !r.csl.URL && !r.csl.DOI && !findUrls(r.raw).some((u) => u.problem))
    .map((r) =>
      diagnostic('web-source-without-url', 'warning', r.definition.position,
        m`Note ${r.number} cites an online source but gives no web address, so readers cannot check it. Add the URL.`, r.number),
    );
