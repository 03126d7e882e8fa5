import assert from 'node:assert/strict';
import { readFramerData } from '../../../src/backends/instructor/framer-data.js';
import { rewardData } from '../../../src/backends/instructor/reward.js';
import { RewardPairRecord } from '../../../src/backends/instructor/schemas.js';
import { valuesOf } from '../../../src/backends/instructor/values.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput, framerFiles } from './helpers.js';

describe('backends/instructor/reward', () => {
  const i = fixtureInput();
  const view = readView(i.graph, i.ontology);
  const data = readFramerData(framerFiles(), new Set(view.rules.map((r) => r.norm.iri)));
  const byValue = new Map(rewardData(valuesOf(view), data, 'RULES').map((d) => [d.value.id, d]));

  it('gives each value the training pairs about its norms', () => {
    assert.deepEqual(byValue.get('global.gifts')!.pairs.map((p) => p.id), ['pref:1']);
    assert.deepEqual(byValue.get('regional.hospitality')!.pairs.map((p) => p.id), ['pref:2']);
    assert.deepEqual(byValue.get('global.press')!.pairs, []);
  });
  it('never uses held-out or validation records', () => {
    const all = [...byValue.values()].flatMap((d) => d.pairs.map((p) => p.id));
    assert.deepEqual(all.sort(), ['pref:1', 'pref:2']);
  });
  it('fills the system slot and matches the schemas', () => {
    for (const d of byValue.values()) {
      for (const p of d.pairs) assert.ok(RewardPairRecord.safeParse(p).success);
      for (const p of d.pairs) assert.equal(p.prompt[0]!.content, 'RULES');
    }
  });
});
