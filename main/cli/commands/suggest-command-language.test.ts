import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-suggest-language-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark suggest on a language the suggester cannot read', () => {
  it('prints no suggestions and says on stderr which language it is', async () => {
    const file = join(dir, 'metro.txt');
    await writeFile(
      file,
      '江州市市长周一表示，地铁三号线将于明年六月正式通车，全长二十八公里，共设二十一座车站。\n\n市长说：“三号线通车后，票价将保持不变。”\n',
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['suggest', file], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual({ suggestions: [] });
    expect(err).toEqual([`The suggester reads English only; ${file} is in zh, so nothing is suggested.`]);
  });
});
