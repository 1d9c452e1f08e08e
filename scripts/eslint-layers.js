// The layer rules of DESIGN.md as one table: which top-level folders of src/ each folder
// may import. Imports are resolved against the importing file, so a feature folder with
// the same name as a top-level one (services/media/ and media/) is told apart.
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * For each folder of src/ (`main` is src/main.ts): `may` lists the folders it may import
 * anything from, `types` those it may import types from only (`import type`); every
 * other folder is refused. `portsOnly` folders may reach into services/ for its ports
 * files (services/ports.ts, services/FEATURE/ports.ts) and nothing else of it.
 */
export const LAYERS = {
  domain: { may: [], why: 'domain/ is pure: types and rules, no I/O and no outer layer' },
  policies: { may: ['domain'], why: 'policies/ are pure decisions over domain values' },
  config: { may: ['domain'], why: 'config/ parses the environment into one Config' },
  content: { may: ['domain'], why: 'content/ turns text into HTML; it knows nothing of storage, HTTP or views' },
  citations: { may: ['domain', 'content'], why: 'citations/ parses, lints and styles references and talks to the web; it knows nothing of storage, routes, views or use cases' },
  demo: { may: ['domain'], why: 'demo/ is content, written against domain types' },
  export: { may: ['domain'], why: 'export/ holds export formats and writers; use cases run them' },
  importers: { may: ['domain', 'citations', 'content', 'export'], why: 'importers/ parse and map; services/ write what they produce' },
  services: { may: ['domain', 'policies', 'citations', 'content', 'importers', 'export'], types: ['demo'], why: 'services/ are use cases: storage through ports, never HTTP, views or adapters' },
  presenters: { may: ['domain', 'policies', 'citations'], types: ['services'], why: 'presenters/ map domain values and service results to view models' },
  views: { may: ['presenters'], why: 'views/ render presenter output only' },
  feeds: { may: [], types: ['presenters'], why: 'feeds/ are pure renderers of presenter output' },
  seo: { may: [], types: ['presenters'], why: 'seo/ are pure renderers of presenter output' },
  store: { may: ['domain', 'config'], types: ['services'], portsOnly: true, why: 'store/ implements the ports of services/ and nothing above it' },
  media: { may: [], types: ['services'], portsOnly: true, why: 'media/ implements the media ports of services/' },
  mail: { may: [], types: ['config', 'services'], portsOnly: true, why: 'mail/ implements the Mailer port of services/' },
  http: { may: ['domain', 'policies', 'presenters', 'views', 'feeds', 'seo'], types: ['services'], why: 'http/ routes parse, check policy, call the services they are handed and present' },
  backup: { may: ['domain', 'config', 'store'], why: 'backup/ writes and reads backup files: the database through store/, and the media folder' },
  cli: { may: ['main', 'config', 'domain', 'demo', 'importers', 'citations', 'export', 'backup'], types: ['services'], why: 'cli/ commands open the site through main.ts and call its services' },
  types: { may: [], why: 'types/ holds declarations for untyped packages' },
  main: { may: '*', why: 'main.ts is the composition root' },
};

const SRC = `${normalize('src')}${sep}`;

/** The top-level folder of src/ a path is in (`main` for src/main.ts), or null outside src/. */
export function layerOf(path) {
  const rel = relative(process.cwd(), path);
  if (!rel.startsWith(SRC)) return null;
  const [first, ...rest] = rel.slice(SRC.length).split(sep);
  return rest.length === 0 ? first.replace(/\.(tsx?|js)$/, '') : first;
}

function isPortsFile(path) {
  const parts = relative(join(process.cwd(), 'src', 'services'), path).split(sep);
  return (parts.length === 1 || parts.length === 2) && /^ports\.(ts|js)$/.test(parts.at(-1));
}

function check(context, node, specifier, typeOnly) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
  const from = layerOf(context.filename);
  const rule = from && LAYERS[from];
  if (!rule || rule.may === '*') return;
  const target = normalize(join(dirname(context.filename), specifier));
  const to = layerOf(target);
  if (!to || to === from) return;
  if (rule.may.includes(to)) return;
  const typesAllowed = (rule.types ?? []).includes(to);
  if (typesAllowed && typeOnly && (!rule.portsOnly || to !== 'services' || isPortsFile(target))) return;
  const what = typesAllowed
    ? rule.portsOnly && to === 'services' ? `only types from the ports files of ${to}/` : `only types from ${to}/ (import type)`
    : `nothing from ${to}/`;
  context.report({ node, message: `${from}/ may import ${what}: ${rule.why}.` });
}

/** The ESLint plugin with the one rule, `layers/imports`. */
export const layersPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [], docs: { description: 'Imports between folders of src/ follow the layers of DESIGN.md.' } },
      create(context) {
        const typeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type'
          || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
        return {
          ImportDeclaration: (node) => check(context, node, node.source.value, typeOnly(node)),
          ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value, typeOnly(node)),
          ExportAllDeclaration: (node) => check(context, node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) => node.source.type === 'Literal' && check(context, node, node.source.value, false),
        };
      },
    },
  },
};
