import assert from 'node:assert/strict';
import { parseJson } from '../../src/frontend/odrl-json.js';

const shouldParse = (text: string) => it(`parses ${text.replace(/\n/g, '\\n')}`, () => {
  const r = parseJson(text);
  assert.ok('value' in r);
  assert.deepEqual(r.value, JSON.parse(text));
});
const shouldFail = (text: string, offset: number) => it(`rejects ${text.replace(/\n/g, '\\n')} at ${offset}`, () => {
  const r = parseJson(text);
  assert.ok('error' in r);
  assert.equal(r.offset, offset);
});

describe('frontend/odrl-json', () => {
  shouldParse('{}');
  shouldParse('[1, -2.5e3, true, false, null, "a\\"b\\u00e9\\n"]');
  shouldParse('{"a": {"b": [ {"c": 1} ]}, "d": "x"}');
  shouldParse('  "only a string"  ');
  shouldFail('{"a": }', 6);
  shouldFail('{"a": 1,}', 8);
  shouldFail('[1 2]', 3);
  shouldFail('{"a": "unterminated}', 6);
  shouldFail('{} x', 3);
  shouldFail('', 0);
  it('remembers where objects, members and elements are', () => {
    const text = '{\n  "k": [ {"x": 1}, "s" ]\n}';
    const r = parseJson(text);
    assert.ok('value' in r);
    const root = r.value as { k: [{ x: number }, string] };
    const at = ([a, b]: readonly [number, number]) => text.slice(a, b);
    assert.equal(at(r.positions.of.get(root)!), text);
    assert.deepEqual([at(r.positions.members.get(root)!.get('k')!.key), at(r.positions.members.get(root)!.get('k')!.value)], ['"k"', '[ {"x": 1}, "s" ]']);
    assert.deepEqual(r.positions.elements.get(root.k)!.map(at), ['{"x": 1}', '"s"']);
    assert.equal(at(r.positions.of.get(root.k[0])!), '{"x": 1}');
  });
});
