/**
 * A JSON parser (RFC 8259) that remembers where things are: the character range of every object and array, of
 * every member's key and value, and of every array element. JSON.parse forgets positions, which the ODRL
 * front end needs for the source spans of rules written in JSON-LD.
 */
import type { Range } from './odrl-source.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonPositions {
  /** The range of an object or array value. */
  of: WeakMap<object, Range>;
  /** For an object: each member's key range and value range. */
  members: WeakMap<object, Map<string, { key: Range; value: Range }>>;
  /** For an array: each element's range. */
  elements: WeakMap<object, Range[]>;
}

export type JsonResult = { value: Json; positions: JsonPositions } | { error: string; offset: number };

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export function parseJson(text: string): JsonResult {
  const positions: JsonPositions = { of: new WeakMap(), members: new WeakMap(), elements: new WeakMap() };
  let i = 0;

  class Fail extends Error {
    constructor(message: string, readonly offset: number) {
      super(message);
    }
  }
  const fail = (message: string, at = i): never => {
    throw new Fail(message, at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail(i >= text.length ? `expected '${c}' but the text ended` : `expected '${c}' but found '${text[i]}'`);
    i++;
  };

  function value(): Json {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(c === undefined ? 'unexpected end of the text' : `unexpected '${c}'`);
  }

  function object(): Json {
    const start = i;
    i++;
    const out: { [key: string]: Json } = {};
    const members = new Map<string, { key: Range; value: Range }>();
    ws();
    if (text[i] === '}') i++;
    else {
      for (;;) {
        ws();
        const keyStart = i;
        if (text[i] !== '"') fail('expected a member name in double quotes');
        const key = string();
        const keyRange: Range = [keyStart, i];
        ws();
        expect(':');
        ws();
        const valueStart = i;
        const v = value();
        if (!members.has(key)) members.set(key, { key: keyRange, value: [valueStart, i] });
        out[key] = v;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          break;
        } else fail("expected ',' or '}'");
      }
    }
    positions.of.set(out, [start, i]);
    positions.members.set(out, members);
    return out;
  }

  function array(): Json {
    const start = i;
    i++;
    const out: Json[] = [];
    const elements: Range[] = [];
    ws();
    if (text[i] === ']') i++;
    else {
      for (;;) {
        ws();
        const s = i;
        out.push(value());
        elements.push([s, i]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          break;
        } else fail("expected ',' or ']'");
      }
    }
    positions.of.set(out, [start, i]);
    positions.elements.set(out, elements);
    return out;
  }

  function string(): string {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('invalid escape in a string');
      } else if (c < ' ') {
        fail('control character in a string');
      } else {
        out += c;
        i++;
      }
    }
  }

  function number(): number {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail('invalid number');
    i += m[0].length;
    return Number(m[0]);
  }

  try {
    const v = value();
    ws();
    if (i < text.length) fail(`unexpected '${text[i]}' after the JSON value`);
    return { value: v, positions };
  } catch (e) {
    if (e instanceof Fail) return { error: e.message, offset: Math.min(e.offset, text.length) };
    throw e;
  }
}
