import assert from 'node:assert/strict';
import { toYaml } from '../../../src/backends/instructor/yaml.js';

describe('backends/instructor/yaml', () => {
  it('keeps key order and writes a comment header', () => assert.equal(toYaml({ b: 1, a: [2] }, ['made by regc']), '# made by regc\nb: 1\na:\n  - 2\n'));
  it('writes multi-line strings as literal blocks', () => assert.equal(toYaml({ p: 'one\ntwo\n' }), 'p: |\n  one\n  two\n'));
  it('never folds long lines', () => assert.equal(toYaml({ p: 'x '.repeat(100).trim() }).split('\n').length, 2));
});
