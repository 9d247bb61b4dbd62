import { describe, expect, it } from 'vitest';
import { serialize } from './serial-queue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('serialize', () => {
  it('starts the second export only once the first has finished, and each gets its own result', async () => {
    const started: string[] = [];
    const first = deferred<string>();
    const print = serialize(async (name: string) => {
      started.push(name);
      return name === 'first' ? first.promise : `${name} printed`;
    });

    const a = print('first');
    const b = print('second');
    await Promise.resolve();
    expect(started).toEqual(['first']);
    first.resolve('first printed');
    await expect(a).resolves.toBe('first printed');
    await expect(b).resolves.toBe('second printed');
    expect(started).toEqual(['first', 'second']);
  });

  it('goes on with the next export after one fails', async () => {
    const print = serialize(async (name: string) => {
      if (name === 'broken') throw new Error('printing failed');
      return name;
    });
    const broken = print('broken');
    const next = print('next');
    await expect(broken).rejects.toThrow('printing failed');
    await expect(next).resolves.toBe('next');
  });
});
