import assert from 'node:assert/strict';
import N3 from 'n3';
import { BACKENDS, runBackends } from '../../../src/backends/index.js';
import { buildReport, emitReport, reportAnchor, reportBackend, reportHref } from '../../../src/backends/report/index.js';
import { readNorms } from '../../../src/graph/index.js';
import { compareDiagnostics, diag } from '../../../src/ir/index.js';
import { readConflicts } from '../../../src/reasoner/index.js';
import { DIAGNOSTICS, ONTOLOGY, attributeValues, fixtureGraph, runningExample, visibleText } from './helpers.js';

describe('backends/report', () => {
  it('is the last back end, so that it sees the diagnostics of the others', () => {
    assert.equal(BACKENDS.at(-1), reportBackend);
    assert.equal(reportBackend.name, 'report');
  });
  it('emits report.html and nothing else', () => {
    const files = emitReport({ graph: fixtureGraph(), ontology: ONTOLOGY, seed: 1, diagnostics: DIAGNOSTICS });
    assert.deepEqual(files.map((f) => f.path), ['report.html']);
    assert.equal(files[0]!.content, buildReport(fixtureGraph(), ONTOLOGY, DIAGNOSTICS));
  });
  it('lists the diagnostics the driver and the earlier back ends handed on', async () => {
    const given = diag('RC2002', 'a reference nowhere');
    const { files, diagnostics } = await runBackends({ graph: fixtureGraph(), ontology: ONTOLOGY, seed: 1 }, { inputs: [], diagnostics: [given] });
    const html = files.find((f) => f.path === 'report.html')!.content;
    const listed = [...html.matchAll(/<tr id="report:diagnostic-\d+" class="sev-\w+">.*?<code title="[^"]*">(RC\d+)<\/code>/g)].map((m) => m[1]);
    assert.deepEqual(listed, [given, ...diagnostics].sort(compareDiagnostics).map((d) => d.code));
    assert.ok(visibleText(html).includes('RC2002 — a reference nowhere'));
  });
  it('links other outputs to the report by IRI', () => assert.equal(reportHref(readNorms(fixtureGraph())[0]!.iri), `report.html#${reportAnchor(readNorms(fixtureGraph())[0]!.iri)}`));

  describe('the running example', function () {
    this.timeout(120000);
    let report = '';
    let graph: N3.Store;
    before(async () => ({ report, graph } = await runningExample()));
    const ids = () => new Set(attributeValues(report, 'id'));

    it('has an anchor for every norm', () => {
      const norms = readNorms(graph);
      assert.ok(norms.length > 100);
      for (const n of norms) assert.ok(ids().has(reportAnchor(n.iri)), n.iri);
      assert.equal(attributeValues(report, 'data-kind').length, norms.length, 'one card per norm');
    });
    it('has an anchor for every conflict', () => {
      const conflicts = readConflicts(graph);
      assert.ok(conflicts.length > 10);
      for (const c of conflicts) assert.ok(ids().has(reportAnchor(c.id)), c.id);
    });
    it('uses each id once and links only to its ids', () => {
      const all = attributeValues(report, 'id');
      assert.equal(new Set(all).size, all.length);
      for (const h of attributeValues(report, 'href')) assert.ok(h.startsWith('#') && ids().has(h.slice(1)), h);
    });
    it('shows the summary counts of the graph', () => {
      const norms = readNorms(graph);
      const conflicts = readConflicts(graph);
      const kind = (k: string) => norms.filter((n) => n.kind === k).length;
      const text = visibleText(report);
      assert.ok(text.includes(`all 4 documents ${norms.length} ${kind('obligation')} ${kind('permission')} ${kind('prohibition')}`), text.slice(0, 800));
      assert.ok(text.includes(`Conflicts (${conflicts.length}) by status definite ${conflicts.filter((c) => c.status === 'definite').length} possible`));
      assert.ok(text.includes(`unresolved ${conflicts.filter((c) => !c.resolution).length} Diagnostics`));
    });
    it('lists the compile\'s diagnostics with file:line:column', () => {
      const text = visibleText(report);
      assert.match(text, /warning RC4002 regulations\/orbis-conduct\.md:\d+:\d+ unresolved possible obligation-prohibition conflict/);
    });
    it('gives the same bytes again, whatever the order of the graph\'s triples', async () => {
      const { ontology, diagnostics } = await runningExample();
      const reversed = new N3.Store(graph.getQuads(null, null, null, null).reverse());
      assert.equal(buildReport(reversed, ontology, diagnostics), report);
    });
    it('stays a few hundred kilobytes', () => {
      const kb = Buffer.byteLength(report) / 1024;
      assert.ok(kb > 50 && kb < 600, `${kb.toFixed(0)} KB`);
    });
  });
});
