import assert from 'node:assert/strict';
import { findAttributeBlock, parseAttributeBlock } from '../../src/frontend/attributes.js';

const shouldFind = (heading: string, inner: string | undefined) =>
  it(`finds ${JSON.stringify(inner)} in ${JSON.stringify(heading)}`, () => {
    const b = findAttributeBlock(heading);
    assert.equal(b?.inner, inner);
    if (b) assert.equal(heading.slice(b.start, b.end), `{${inner}}`);
  });

/** A block parses to this id and these pairs. */
const shouldParse = (inner: string, id: string | undefined, pairs: Record<string, string>, classes: string[] = []) =>
  it(`parses {${inner}}`, () => {
    const r = parseAttributeBlock(inner);
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.deepEqual([r.id?.value, Object.fromEntries(r.entries.map((e) => [e.key, e.value])), r.classes], [id, pairs, classes]);
  });

/** A block is malformed, the error starting at this offset of the inner text. */
const shouldFail = (inner: string, at: number) =>
  it(`rejects {${inner}} at ${at}`, () => {
    const r = parseAttributeBlock(inner);
    assert.deepEqual([r.ok, r.ok ? -1 : r.start], [false, at]);
  });

describe('frontend/attributes', () => {
  describe('findAttributeBlock', () => {
    shouldFind('Follow all applicable instructions {#follow_all_applicable_instructions authority=root}', '#follow_all_applicable_instructions authority=root');
    shouldFind('Gifts {.policy}', '.policy');
    shouldFind('Gifts {authority=law}  ', 'authority=law');
    shouldFind('Rules for {placeholders}', undefined);
    shouldFind('Gifts {#a} and more', undefined);
    shouldFind('Gifts', undefined);
  });

  describe('parseAttributeBlock', () => {
    shouldParse('#follow authority=root', 'follow', { authority: 'root' });
    shouldParse('  #a   key="two words"  other=\'x y\' ', 'a', { key: 'two words', other: 'x y' });
    shouldParse('#prioritize_teen_safety authority=root tags=under_18', 'prioritize_teen_safety', { authority: 'root', tags: 'under_18' });
    shouldParse('.a .b #c', 'c', {}, ['a', 'b']);
    shouldParse('authority=user', undefined, { authority: 'user' });
    shouldParse('#sec-3.2:x', 'sec-3.2:x', {});
    shouldFail('#a #b', 3);
    shouldFail('#a authority=', 3);
    shouldFail('#a authority', 3);
    shouldFail('#a key="open', 7);
    shouldFail('# a', 0);
    shouldFail('#a! x=1', 2);
    shouldFail('#a x=1 x=2', 7);
    shouldFail('#a x=a"b', 6);
    shouldFail('#a =1', 3);
    it('offsets entries by the base given', () => {
      const r = parseAttributeBlock('#a k=v', 10);
      assert.ok(r.ok);
      assert.deepEqual([r.id, r.entries], [{ value: 'a', start: 10, end: 12 }, [{ key: 'k', value: 'v', start: 13, end: 16 }]]);
    });
  });
});
