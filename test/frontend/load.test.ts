import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, firstInvalidUtf8, normaliseText, readSource } from '../../src/frontend/load.js';
import { codes } from './helpers.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const shouldDecode = (name: string, input: Uint8Array, text: string) =>
  it(`decodes ${name}`, () => {
    const r = decodeSource(input, 'r.md');
    assert.deepEqual([r.diagnostics, r.file?.text], [[], text]);
  });

const shouldReject = (name: string, input: Uint8Array, code: string, line: number, column: number) =>
  it(`rejects ${name} with ${code} at ${line}:${column}`, () => {
    const r = decodeSource(input, 'regulations/r.md');
    assert.equal(r.file, undefined);
    assert.deepEqual(codes(r.diagnostics), [[code, line, column]]);
    assert.equal(r.diagnostics[0]!.span?.file, 'regulations/r.md');
  });

const shouldFindInvalidAt = (name: string, input: number[], at: number) =>
  it(`finds the first invalid byte of ${name} at ${at}`, () => assert.equal(firstInvalidUtf8(Uint8Array.from(input)), at));

describe('frontend/load', () => {
  describe('decodeSource', () => {
    shouldDecode('plain UTF-8', bytes('Gifts — über 5 €.\n'), 'Gifts — über 5 €.\n');
    shouldDecode('an empty file', bytes(''), '');
    shouldDecode('a BOM away', bytes([0xef, 0xbb, 0xbf], 'a\n'), 'a\n');
    shouldDecode('CRLF to LF', bytes('a\r\nb\r\n'), 'a\nb\n');
    shouldDecode('lone CR to LF', bytes('a\rb'), 'a\nb');
    shouldDecode('text with a tab, a form feed and one stray control', bytes('a\tb\fc\x01d'), 'a\tb\fc\x01d');
    shouldReject('NUL bytes', bytes('ab\ncd', [0], 'e'), 'RC1002', 2, 3);
    shouldReject('mostly control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab'), 'RC1002', 1, 1);
    shouldReject('an invalid byte', bytes('ab\ncd', [0xff], 'e'), 'RC1001', 2, 3);
    shouldReject('an invalid byte after multi-byte characters', bytes('x\n€€', [0xc3, 0x28]), 'RC1001', 2, 3);
    shouldReject('an invalid byte after CRLF lines and a BOM', bytes([0xef, 0xbb, 0xbf], 'a\r\nbc', [0x80]), 'RC1001', 2, 3);
    shouldReject('a truncated sequence at the end', bytes('abc', [0xe2, 0x82]), 'RC1001', 1, 4);
    it('hashes the raw bytes, not the normalised text', () => {
      const raw = bytes([0xef, 0xbb, 0xbf], 'a\r\n');
      assert.equal(decodeSource(raw, 'r.md').file?.sha256, createHash('sha256').update(raw).digest('hex'));
    });
    it('gives the offset of the bad byte in decoded text', () => {
      const r = decodeSource(bytes('€\r\n', [0xff]), 'r.md');
      assert.deepEqual([r.diagnostics[0]!.span?.offset, r.diagnostics[0]!.span?.endOffset], [2, 3]);
    });
  });

  describe('firstInvalidUtf8 (RFC 3629)', () => {
    shouldFindInvalidAt('ASCII', [0x61, 0x62], -1);
    shouldFindInvalidAt('a 4-byte character', [0xf0, 0x9f, 0x98, 0x80], -1);
    shouldFindInvalidAt('an overlong NUL', [0x61, 0xc0, 0x80], 1);
    shouldFindInvalidAt('an overlong 3-byte form', [0xe0, 0x80, 0x80], 0);
    shouldFindInvalidAt('a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1);
    shouldFindInvalidAt('a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0);
    shouldFindInvalidAt('a lone continuation byte', [0x61, 0x62, 0x80], 2);
    shouldFindInvalidAt('a sequence cut short', [0xe2, 0x82, 0x61], 0);
  });

  describe('normaliseText', () => {
    const shouldNormalise = (input: string, output: string) => it(JSON.stringify(input), () => assert.equal(normaliseText(input), output));
    shouldNormalise('\uFEFFa\r\nb\rc\n', 'a\nb\nc\n');
    shouldNormalise('a\uFEFFb', 'a\uFEFFb');
  });

  describe('readSource', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regc-load-'));
    it('reads a file and names it by its display path', () => {
      const path = join(dir, 'policy.md');
      writeFileSync(path, 'Text.\r\n');
      const r = readSource(path, 'regulations/policy.md');
      assert.deepEqual([r.diagnostics, r.file?.path, r.file?.text], [[], 'regulations/policy.md', 'Text.\n']);
    });
    it('reports a file it cannot read with RC1011', () =>
      assert.deepEqual(codes(readSource(join(dir, 'missing.md'), 'regulations/missing.md').diagnostics), [['RC1011', 1, 1]]));
  });
});
