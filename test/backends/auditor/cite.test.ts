import assert from 'node:assert/strict';
import { bareHeading, citeNorm } from '../../../src/backends/auditor/cite.js';
import { ID, runningExample } from './fixture.js';
import type { Example } from './fixture.js';

describe('backends/auditor/cite', function () {
  this.timeout(180_000);
  let ex: Example;
  before(async () => (ex = await runningExample()));

  it('a reply cites a clause by its id, its section number in four languages, or its heading', () => {
    const c = citeNorm(ex.ctx.view, `${ID}orbis-conduct/gift-limits/1/n1`)!;
    assert.deepEqual(c.accept, ['orbis-conduct/gift-limits/1', 'Section 3.1', 'Abschnitt 3.1', 'sección 3.1', 'apartado 3.1', '§ 3.1', '§3.1', 'Value Limits']);
    assert.equal(c.group, 'Global Business Conduct Guidelines › 3.1 Value Limits');
    assert.deepEqual([c.record.id, c.record.file, c.record.line], ['orbis-conduct/gift-limits/1', 'regulations/orbis-conduct.md', 45]);
    assert.match(c.record.text, /^Employees must not accept a gift worth more than USD 100/);
  });

  it('an unknown norm has no citation', () => assert.equal(citeNorm(ex.ctx.view, `${ID}nowhere/n1`), undefined));
  it('headings lose their numbers', () => assert.deepEqual([bareHeading('3.1 Value Limits'), bareHeading('10. Speaking to the Press'), bareHeading('Purpose')], ['Value Limits', 'Speaking to the Press', 'Purpose']));
});
