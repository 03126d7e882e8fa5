import assert from 'node:assert/strict';
import { valueWeights, weigh } from '../../../src/backends/instructor/weights.js';
import { valuesOf } from '../../../src/backends/instructor/values.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

/** `shouldWeigh({ a: ['b'] }, { a: 2, b: 1 })`: edges "prevails over", expected weights. */
function shouldWeigh(edges: Record<string, string[]>, expected: Record<string, number>) {
  return () => {
    const ids = Object.keys(expected);
    const map = new Map(ids.map((id) => [id, new Set(edges[id] ?? [])]));
    assert.deepEqual(Object.fromEntries(weigh(ids, map).weights), expected);
  };
}

describe('backends/instructor/weights', () => {
  it('weighs values that prevail over nothing 1', shouldWeigh({}, { a: 1, b: 1 }));
  it('weighs a winner more than its loser', shouldWeigh({ a: ['b'] }, { a: 2, b: 1 }));
  it('weighs a chain so that each outweighs all below it', shouldWeigh({ a: ['b'], b: ['c'] }, { a: 4, b: 2, c: 1 }));
  it('counts a value reached twice once', shouldWeigh({ a: ['b', 'c'], b: ['c'] }, { a: 4, b: 2, c: 1 }));
  it('puts values that prevail over each other in one tier', shouldWeigh({ a: ['b'], b: ['a', 'c'] }, { a: 2, b: 2, c: 1 }));
  it('derives the weights of the fixture from its lex superior conflict', () => {
    const i = fixtureInput();
    const view = readView(i.graph, i.ontology);
    const w = valueWeights(view, valuesOf(view));
    assert.deepEqual(w.values.map((v) => [v.id, v.weight, v.prevailsOver, v.yieldsTo]), [
      ['global.gifts', 2, ['regional.hospitality'], []],
      ['global.press', 1, [], []],
      ['regional.hospitality', 1, [], ['global.gifts']],
    ]);
    assert.deepEqual(w.precedence.map((p) => [p.winner, p.defeated, p.decisions.map((d) => d.principle)]), [['global.gifts', 'regional.hospitality', ['lex-superior']]]);
    assert.equal(w.values.reduce((s, v) => s + v.normalized, 0), 1);
  });
});
