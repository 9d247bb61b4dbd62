import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
// The project's own eslint.config.js, without the type program: these files exist only in memory.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rule ids and messages ESLint reports for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('the layering lint', () => {
  it('reports a shared test that imports the renderer', async () => {
    const messages = await lint(
      'shared/model/layering-probe.test.ts',
      "import { App } from '../../renderer/src/App';\nexport const probe = App;\n",
    );
    expect(messages).toEqual([
      { ruleId: 'layers/zones', message: expect.stringContaining('shared/ runs in every zone, so it imports only shared/') },
    ]);
  });

  it('reports a renderer file that imports main with the renderer rule, not the editor one', async () => {
    const messages = await lint(
      'renderer/src/reader/layering-probe.ts',
      "import type { Store } from '../../../main/store';\nexport type Probe = Store;\n",
    );
    expect(messages).toEqual([{ ruleId: 'layers/zones', message: expect.stringContaining('renderer/ may not import main/') }]);
  });

  it('reports prosemirror outside the editor folder in its own words', async () => {
    const messages = await lint(
      'renderer/src/reader/layering-probe.ts',
      "import { EditorState } from 'prosemirror-state';\nexport const probe = EditorState;\n",
    );
    expect(messages).toEqual([
      { ruleId: 'layers/packages', message: expect.stringContaining("'prosemirror-state' stays inside renderer/src/editor/") },
    ]);
  });

  it('reports a type-only import that runs up the folder order of shared/', async () => {
    const messages = await lint(
      'shared/text/layering-probe.ts',
      "import type { Article } from '../model/article';\nexport type Probe = Article;\n",
    );
    expect(messages).toEqual([
      { ruleId: 'layers/folder-order', message: expect.stringContaining('shared/text may not import shared/model') },
    ]);
  });

  it('lets a folder import the folders below it, and a test its test-support', async () => {
    expect(
      await lint(
        'shared/verdict/layering-probe.test.ts',
        "import type { Verdict } from '../model/claim-record';\nimport { testAnnotation } from '../claims/test-support/test-annotations';\nexport const probe: [Verdict?, unknown?] = [undefined, testAnnotation];\n",
      ),
    ).toEqual([]);
  });

  it('reports product code that imports a test-support folder', async () => {
    const messages = await lint(
      'shared/claims/layering-probe.ts',
      "import { testAnnotation } from './test-support/test-annotations';\nexport const probe = testAnnotation;\n",
    );
    expect(messages).toEqual([
      { ruleId: 'layers/test-support', message: expect.stringContaining('test-support and fixtures folders serve tests only') },
    ]);
  });

  it('keeps Node out of shared product code but lets shared tests read files', async () => {
    expect(
      await lint('shared/text/layering-probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"),
    ).toEqual([{ ruleId: 'layers/packages', message: expect.stringContaining("shared/ may not use Node's 'node:fs'") }]);
    expect(
      await lint('shared/text/layering-probe.test.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"),
    ).toEqual([]);
  });
});
