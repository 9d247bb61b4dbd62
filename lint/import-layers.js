// The house's import rules as one ESLint plugin, so each broken rule reports in its own words:
// `zones` keeps shared/, main/, the preload and the renderer apart (VS Code's common/node/
// electron-main split), `packages` keeps each library in the zone and folder it belongs to,
// `folder-order` makes the folders inside renderer/src, main and shared import only downwards,
// and `test-support` keeps fixtures out of product code. Every import form counts, type-only
// imports included: a type pulled up a layer ties the layers as surely as a value.
import { existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** A file's path from the repository root, with forward slashes. */
const fromRoot = (file) => relative(ROOT, file).split(sep).join('/');

/** Fixtures, corpora and helpers that serve tests: any path with one of these folders in it. */
const TEST_SUPPORT_FOLDERS = new Set(['test-support', 'fixtures']);
const isTestSupport = (path) => path.split('/').some((part) => TEST_SUPPORT_FOLDERS.has(part));
const isTest = (path) => /\.test\.tsx?$/.test(path) || isTestSupport(path);

/** The zone a repository path belongs to; e2e/, scripts/ and the root's configs have none. */
function zoneOf(path) {
  if (path === 'shared' || path.startsWith('shared/')) return 'shared';
  if (path === 'main/preload' || path.startsWith('main/preload/')) return 'preload';
  if (path === 'main' || path.startsWith('main/')) return 'main';
  if (path === 'renderer' || path.startsWith('renderer/')) return 'renderer';
  return undefined;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Calls `check(node, specifier)` for every module an import, export or `import()` names with a literal. */
function visitSpecifiers(check) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression: fromSource,
    TSImportType(node) {
      const literal = node.argument?.literal ?? node.argument;
      if (literal && typeof literal.value === 'string') check(node.argument, literal.value);
    },
    TSExternalModuleReference(node) {
      if (node.expression && typeof node.expression.value === 'string') check(node.expression, node.expression.value);
    },
  };
}

/** The repository path a relative specifier names from `file`, or undefined for a package. */
function targetOf(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  return fromRoot(resolve(dirname(file), specifier));
}

const PRELOAD_MAY_IMPORT = ['shared/ipc/channels', 'shared/ipc/bridge'];

const zones = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'shared/ imports only shared/; main/ never the renderer or the preload; the preload only its own files and the IPC channels; the renderer never main/',
    },
    schema: [],
    messages: {
      shared: "shared/ runs in every zone, so it imports only shared/: '{{specifier}}' is in {{target}}/.",
      mainToRenderer: "main/ may not import renderer/ ('{{specifier}}'): the page is another, untrusted program, reached only over IPC.",
      mainToPreload: "main/ may not import the preload ('{{specifier}}'): the preload is bundled into the page's sandbox on its own.",
      preload:
        "the preload imports only electron, its own files and shared/ipc/channels (types from shared/ipc/bridge), not '{{specifier}}'.",
      rendererToMain: "renderer/ may not import main/ ('{{specifier}}'): the page reaches main only through the preload's bridge.",
    },
  },
  create(context) {
    const file = fromRoot(context.filename);
    const zone = zoneOf(file);
    if (!zone) return {};
    return visitSpecifiers((node, specifier) => {
      const target = targetOf(context.filename, specifier);
      if (target === undefined) return;
      const to = zoneOf(target);
      const report = (messageId, data = {}) => context.report({ node, messageId, data: { specifier, ...data } });
      if (zone === 'shared' && to !== 'shared')
        report('shared', { target: to === 'preload' ? 'main/preload' : (to ?? target.split('/')[0]) });
      else if (zone === 'main' && to === 'renderer') report('mainToRenderer');
      else if (zone === 'main' && to === 'preload') report('mainToPreload');
      else if (zone === 'renderer' && (to === 'main' || to === 'preload')) report('rendererToMain');
      else if (
        zone === 'preload' &&
        to !== 'preload' &&
        !(isTest(file) && to === 'shared') &&
        !PRELOAD_MAY_IMPORT.some((allowed) => target === allowed || target.startsWith(`${allowed}.`))
      ) {
        report('preload');
      }
    });
  },
};

/** Where a library may be used, and why nowhere else. */
const PACKAGE_HOMES = [
  { test: (name) => name === 'lowdb', home: (file) => file.startsWith('main/store/'), messageId: 'lowdb' },
  { test: (name) => name.startsWith('prosemirror-'), home: (file) => file.startsWith('renderer/src/editor/'), messageId: 'prosemirror' },
];

const packages = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Node and Electron stay out of shared/ and the renderer, React out of shared/ and main/, lowdb inside main/store/, prosemirror-* inside renderer/src/editor/',
    },
    schema: [],
    messages: {
      node: "{{zone}} may not use Node's '{{specifier}}': {{why}}",
      electron: '{{zone}} may not import electron: {{why}}',
      react: "{{zone}} may not import '{{specifier}}': React belongs to the renderer.",
      lowdb: 'lowdb stays in main/store/: every write goes through the store.',
      prosemirror:
        "'{{specifier}}' stays inside renderer/src/editor/: the rest of the renderer talks to the editor through its commands and state.",
      preload:
        "the preload imports only electron, its own files and shared/ipc/channels (types from shared/ipc/bridge), not '{{specifier}}'.",
    },
  },
  create(context) {
    const file = fromRoot(context.filename);
    const zone = zoneOf(file);
    if (!zone) return {};
    const test = isTest(file);
    const why = {
      shared: 'shared/ is pure and runs in the page too.',
      renderer: 'the renderer runs in the sandboxed page.',
      preload: 'the sandboxed preload has no Node modules.',
    };
    return visitSpecifiers((node, specifier) => {
      if (specifier.startsWith('.')) return;
      const name = packageName(specifier);
      const report = (messageId) =>
        context.report({
          node,
          messageId,
          data: { specifier, zone: `${zone === 'preload' ? 'main/preload' : zone}/`, why: why[zone] ?? '' },
        });
      // Tests run in Node under Vitest whatever zone they check, so Node and Vitest are theirs.
      if (test && (NODE_BUILTINS.has(name) || name === 'vitest')) return;
      const home = PACKAGE_HOMES.find((entry) => entry.test(name));
      if (home && !home.home(file)) return report(home.messageId);
      if (zone === 'preload') {
        if (name !== 'electron') report('preload');
        return;
      }
      if (NODE_BUILTINS.has(name) && (zone === 'shared' || zone === 'renderer')) return report('node');
      if (name === 'electron' && (zone === 'shared' || zone === 'renderer')) return report('electron');
      if ((name === 'react' || name === 'react-dom') && (zone === 'shared' || zone === 'main')) return report('react');
    });
  },
};

const isDirectory = (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

const folderOrder = {
  meta: {
    type: 'problem',
    docs: {
      description: 'inside renderer/src, main and shared, a folder imports only the folders listed after it in lint/<area>-layers.js',
    },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { area: { type: 'string' }, file: { type: 'string' }, layers: { type: 'array', items: { type: 'string' } } },
          required: ['area', 'file', 'layers'],
          additionalProperties: false,
        },
      },
    ],
    messages: {
      upward:
        '{{area}}/{{from}} may not import {{area}}/{{to}}: {{to}} stands above {{from}} in {{file}}, and a folder imports only the folders listed after it.',
      unplaced: '{{area}}/{{folder}} is not placed in {{file}}: add it where it belongs in the order, so its imports can be checked.',
      intoRoot:
        "{{area}}/{{from}} may not import '{{specifier}}': the files directly in {{area}}/ compose the folders, nothing imports them.",
    },
  },
  create(context) {
    const file = fromRoot(context.filename);
    const orders = context.options[0] ?? [];
    const order = orders.find(({ area }) => file.startsWith(`${area}/`));
    if (!order || isTestSupport(file)) return {};
    // A folder of the area (its index imported by the folder's name included), or null for a file directly in the area.
    const folderIn = (path) => {
      const rest = path.slice(order.area.length + 1).split('/');
      return rest.length > 1 || isDirectory(join(ROOT, path)) ? rest[0] : null;
    };
    const from = folderIn(file);
    if (from === null) return {};
    return visitSpecifiers((node, specifier) => {
      const target = targetOf(context.filename, specifier);
      if (target === undefined || !target.startsWith(`${order.area}/`) || isTestSupport(target)) return;
      const to = folderIn(target);
      const data = { area: order.area, file: order.file, from, to, specifier };
      if (to === null) return context.report({ node, messageId: 'intoRoot', data });
      if (to === from) return;
      for (const folder of [from, to]) {
        if (!order.layers.includes(folder)) return context.report({ node, messageId: 'unplaced', data: { ...data, folder } });
      }
      if (order.layers.indexOf(to) < order.layers.indexOf(from)) context.report({ node, messageId: 'upward', data });
    });
  },
};

const testSupport = {
  meta: {
    type: 'problem',
    docs: { description: 'product code in shared/, main/ and the renderer never imports a test-support or fixtures folder' },
    schema: [],
    messages: { product: "product code may not import '{{specifier}}': test-support and fixtures folders serve tests only." },
  },
  create(context) {
    const file = fromRoot(context.filename);
    if (!zoneOf(file) || isTest(file)) return {};
    return visitSpecifiers((node, specifier) => {
      const target = targetOf(context.filename, specifier);
      if (target !== undefined && isTestSupport(target)) context.report({ node, messageId: 'product', data: { specifier } });
    });
  },
};

/** The plugin: register as `layers` and turn on `layers/zones`, `layers/packages`, `layers/folder-order`, `layers/test-support`. */
export default {
  meta: { name: 'factmark-import-layers' },
  rules: { zones, packages, 'folder-order': folderOrder, 'test-support': testSupport },
};

/**
 * The order written in `lint/<name>-layers.js` (`export default [...]`, top to bottom), or
 * undefined when the file does not exist yet: that area is not ordered.
 */
export async function readLayers(name) {
  const file = join(ROOT, 'lint', `${name}-layers.js`);
  return existsSync(file) ? (await import(pathToFileURL(file).href)).default : undefined;
}
