import assert from 'node:assert/strict';
import type { DocumentMeta } from '../../src/ir/index.js';
import { lineStarts } from '../../src/ir/index.js';
import { isoDate, readFrontMatter } from '../../src/frontend/frontmatter.js';
import type { FrontMatter } from '../../src/frontend/frontmatter.js';
import { AUTHORITIES, codes, file } from './helpers.js';

const read = (text: string): FrontMatter => {
  const f = file(text);
  return readFrontMatter(f, lineStarts(f.text), { authorities: AUTHORITIES });
};

/** The metadata (and id) a front matter block gives, with no diagnostics. */
const shouldRead = (text: string, meta: Partial<DocumentMeta>, id?: string) =>
  it(`reads ${JSON.stringify(text).slice(0, 70)}`, () => {
    const fm = read(text);
    assert.deepEqual(codes(fm.diagnostics), []);
    assert.deepEqual({ ...fm.meta }, { extra: {}, ...meta });
    assert.equal(fm.id, id);
  });

/** The diagnostics (code, line, column) a front matter block gives. */
const shouldReport = (text: string, expected: Array<[string, number, number]>) =>
  it(`reports ${expected.map((e) => e.join(':')).join(', ')} for ${JSON.stringify(text).slice(0, 60)}`, () =>
    assert.deepEqual(codes(read(text).diagnostics), expected));

const shouldBeDate = (value: unknown, expected: string | undefined) =>
  it(`isoDate(${JSON.stringify(value)}) is ${expected}`, () => assert.equal(isoDate(value), expected));

describe('frontend/frontmatter', () => {
  describe('YAML', () => {
    shouldRead('---\nid: orbis-conduct\ntitle: Code of Conduct\nauthority: company-policy\neffective: 2025-01-01\njurisdiction: EU\nversion: "3"\nbearer: employee\n---\n',
      { title: 'Code of Conduct', authority: 'company-policy', effective: '2025-01-01', jurisdiction: 'EU', version: '3', defaultBearer: 'employee' }, 'orbis-conduct');
    shouldRead('---\ndefault-bearer: staff member\n---\n', { defaultBearer: 'staff member' });
    shouldRead('---\ndefaultBearer: assistant\n---\n', { defaultBearer: 'assistant' });
    shouldRead('---\nversion: 2.10\n---\n', { version: '2.10' });
    shouldRead('---\nowner: Legal\ntags: [gifts, ethics]\nreview: {every: 12}\n---\n', { extra: { owner: 'Legal', tags: ['gifts', 'ethics'], review: { every: 12 } } });
    shouldRead('---\n---\nBody', {});
    shouldRead('---\ntitle: T\n...\nBody', { title: 'T' });
    shouldReport('---\ntitle: x\nfoo: [1, 2\nbar: 3\n---\n', [['RC1003', 4, 1]]);
    shouldReport('---\ntitle: "open\n---\n', [['RC1003', 3, 1]]);
    shouldReport('---\n- a\n- b\n---\n', [['RC1003', 1, 1]]);
    shouldReport('---\ntitle: x\n', [['RC1003', 1, 1]]);
    shouldReport('---\ntitle: x\nauthority: galactic\n---\n', [['RC1004', 3, 12]]);
    shouldReport('---\neffective: 2025-02-30\n---\n', [['RC1007', 2, 12]]);
    shouldReport('---\neffective: next year\n---\n', [['RC1007', 2, 12]]);
    shouldReport('---\nid: "orbis conduct/v2"\n---\n', [['RC1007', 2, 5]]);
    shouldReport('---\ntitle: [a, b]\n---\n', [['RC1007', 2, 8]]);
    shouldReport('---\nbearer: staff\ndefault-bearer: employee\n---\n', [['RC1007', 3, 17]]);
    it('keeps a __proto__ key as data', () => {
      const extra = read('+++\n"__proto__" = { polluted = true }\n+++\n').meta.extra;
      assert.deepEqual([Object.keys(extra), Object.getPrototypeOf(extra) === Object.prototype], [['__proto__'], true]);
    });
    it('keeps the first default bearer when two are given', () => assert.equal(read('---\nbearer: staff\ndefaultBearer: employee\n---\n').meta.defaultBearer, 'staff'));
    it('ignores an invalid id', () => assert.equal(read('---\nid: "a b"\n---\n').id, undefined));
    it('gives the block span and where the body starts', () => {
      const fm = read('---\nid: a\n---\n# Body\n');
      assert.deepEqual([fm.format, fm.bodyStart, fm.span?.line, fm.span?.endLine, fm.span?.endColumn], ['yaml', 14, 1, 3, 4]);
    });
  });

  describe('TOML', () => {
    shouldRead('+++\nversion = "2.1"\naliases = ["/version/2/1"]\n+++\n', { version: '2.1', extra: { aliases: ['/version/2/1'] } });
    shouldRead('+++\nid = "orbis-gifts"\neffective = 2025-03-01\nauthority = "law"\nversion = 2.10\n+++\n', { effective: '2025-03-01', authority: 'law', version: '2.10' }, 'orbis-gifts');
    shouldRead('+++\nreviewed = 2024-05-06\n[owner]\nname = "Legal"\n+++\n', { extra: { reviewed: '2024-05-06', owner: { name: 'Legal' } } });
    shouldReport('+++\ntitle = "x"\nversion = = 2\n+++\n', [['RC1003', 3, 11]]);
    shouldReport('+++\nauthority = "galactic" # a comment\n+++\n', [['RC1004', 2, 13]]);
    shouldReport('+++\neffective = 2025-03-01T10:00:00Z\n+++\n', [['RC1007', 2, 13]]);
    it('names the format', () => assert.equal(read('+++\n+++\n').format, 'toml'));
  });

  describe('JSON', () => {
    shouldRead(';;;\n{"id": "orbis-travel", "title": "Travel", "effective": "2025-01-01"}\n;;;\n', { title: 'Travel', effective: '2025-01-01' }, 'orbis-travel');
    shouldRead('{\n  "title": "Travel",\n  "extra": {"a": 1}\n}\n# Body\n', { title: 'Travel', extra: { extra: { a: 1 } } });
    shouldRead('{"title": "One line"}\nBody\n', { title: 'One line' });
    shouldRead('{"title": "One line"}\nBody\n\n```\n}\n```\n', { title: 'One line' });
    shouldReport(';;;\n{"title": "x",\n "version": }\n;;;\n', [['RC1003', 3, 13]]);
    shouldReport('{\n  "authority": "galactic"\n}\n', [['RC1004', 2, 16]]);
    shouldReport(';;;\n{"title": "x"\n', [['RC1003', 1, 1]]);
    it('gives the body start after the closing brace line', () => assert.equal(read('{\n"a": 1\n}\nBody').bodyStart, 11));
  });

  describe('no front matter', () => {
    it('starts the body at 0', () => {
      const fm = read('# Title\n\n---\n\nText.\n');
      assert.deepEqual([fm.bodyStart, fm.format, fm.span, fm.diagnostics], [0, undefined, undefined, []]);
    });
  });

  describe('isoDate', () => {
    shouldBeDate('2024-02-29', '2024-02-29');
    shouldBeDate('2023-02-29', undefined);
    shouldBeDate('2024-13-01', undefined);
    shouldBeDate('2024-1-1', undefined);
    shouldBeDate(' 2024-01-01 ', '2024-01-01');
    shouldBeDate(20240101, undefined);
  });
});
