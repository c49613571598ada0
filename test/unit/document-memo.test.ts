import { parse } from 'graphql';
import { documentMemo, MAX_KEY_LENGTH } from '../../src/server/document-memo';

describe('documentMemo', () => {
  it('computes once per document and key, again for another document or key, and never remembers a throw', () => {
    const calls: string[] = [];
    const memo = documentMemo((document, key) => {
      calls.push(key);
      if (key === 'bad') throw new Error('refused');
      return `${document.definitions.length}:${key}`;
    }, 2);
    const one = parse('{ a }');
    const other = parse('{ a }');
    expect([memo(one, 'x'), memo(one, 'x'), memo(other, 'x')]).toEqual(['1:x', '1:x', '1:x']);
    expect(calls).toEqual(['x', 'x']);
    expect(() => memo(one, 'bad')).toThrow('refused');
    expect(() => memo(one, 'bad')).toThrow('refused');
    expect(calls).toEqual(['x', 'x', 'bad', 'bad']);
    // Past two keys for a document, it starts over.
    memo(one, 'y');
    memo(one, 'z');
    memo(one, 'x');
    expect(calls.slice(4)).toEqual(['y', 'z', 'x']);
  });

  it('does not keep a key longer than MAX_KEY_LENGTH (a policy sent as a variable)', () => {
    let calls = 0;
    const memo = documentMemo(() => ++calls);
    const document = parse('{ a }');
    const long = 'x'.repeat(MAX_KEY_LENGTH + 1);
    expect([memo(document, long), memo(document, long)]).toEqual([1, 2]);
    expect([memo(document, 'short'), memo(document, 'short')]).toEqual([3, 3]);
  });
});
