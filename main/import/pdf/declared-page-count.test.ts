import { describe, expect, it } from 'vitest';
import { writeManyPagesPdf } from '../test-support/write-resource-bombs';
import { declaredPageCount } from './declared-page-count';

const pdf = (text: string) => new TextEncoder().encode(text);

describe('declaredPageCount', () => {
  it('reads the root page-tree node’s count, the largest in the file', () => {
    expect(declaredPageCount(writeManyPagesPdf(3_000))).toBe(3_000);
  });

  it('ignores counts outside page-tree nodes, such as an outline’s', () => {
    expect(
      declaredPageCount(
        pdf('1 0 obj\n<< /Type /Outlines /Count 9000 >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'),
      ),
    ).toBe(1);
    expect(declaredPageCount(pdf('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'))).toBeUndefined();
  });
});
