import assert from 'node:assert/strict';
import { reviewFileSchema } from '../../src/extract/review-schema.js';

describe('extract/review-schema', () => {
  const valid = (title: string, data: unknown, ok: boolean) => it(`${ok ? 'accepts' : 'rejects'} ${title}`, () => assert.equal(reviewFileSchema.safeParse(data).success, ok));
  const norm = { kind: 'obligation', bearer: 'employee', action: 'report' };
  valid('a minimal file', { clauses: {} }, true);
  valid('a replacement', { clauses: { 'a/b/1': { replace: [norm] } } }, true);
  valid('an addition with conditions', { clauses: { 'a/b/1.a': { add: [{ ...norm, conditions: ['if asked', { text: 'x', marker: 'when' }] }] } } }, true);
  valid('a logical constraint', { clauses: { 'a/b/1': { add: [{ ...norm, exceptions: [{ text: 'x', constraint: { or: [{ leftOperand: 'a', operator: 'eq', rightOperand: true }] } }] }] } } }, true);
  valid('a missing clauses map', {}, false);
  valid('an empty addition', { clauses: { 'a/b/1': { add: [] } } }, false);
  valid('a wrong strength', { clauses: { 'a/b/1': { add: [{ ...norm, strength: 'loose' }] } } }, false);
  valid('an unknown marker', { clauses: { 'a/b/1': { add: [{ ...norm, conditions: [{ text: 'x', marker: 'perhaps' }] }] } } }, false);
  valid('a Date for reviewed-on', { 'reviewed-on': new Date('2026-01-15T00:00:00Z'), clauses: {} }, true);
});
