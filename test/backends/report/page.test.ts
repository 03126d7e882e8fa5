import assert from 'node:assert/strict';
import N3 from 'n3';
import { renderReport } from '../../../src/backends/report/page.js';
import { reportModel } from '../../../src/backends/report/model.js';
import { DIAGNOSTICS, EVIL, EVIL_ESCAPED, ONTOLOGY, attributeValues, fixtureGraph, fixtureModel } from './helpers.js';

const html = renderReport(fixtureModel());
const count = (needle: string) => html.split(needle).length - 1;

describe('backends/report/page', () => {
  describe('escaping', () => {
    it('shows markup from the regulations literally, never as markup', () => {
      assert.equal(count('<script'), 1, 'only the report\'s own script');
      assert.equal(count('<b>co</b>'), 0);
      assert.equal(count(EVIL), 0);
    });
    // title, heading, owner, clause text, bearer, exception, condition, reference, note, rule text, diagnostic, conflict sides
    it('writes every text that carries it escaped', () => assert.ok(count(EVIL_ESCAPED) >= 20, String(count(EVIL_ESCAPED))));
    it('escapes ampersands in attribute values too', () => {
      for (const m of html.matchAll(/\s[\w:-]+="([^"]*)"/g)) assert.doesNotMatch(m[1]!, /&(?!amp;|lt;|gt;|quot;|#39;)|[<>]/, m[0]);
    });
  });

  describe('anchors and links', () => {
    const ids = attributeValues(html, 'id');
    it('gives every element id once', () => assert.equal(new Set(ids).size, ids.length));
    it('links only to ids of the page', () => {
      const targets = attributeValues(html, 'href').filter((h) => h.startsWith('#')).map((h) => h.slice(1));
      assert.ok(targets.length > 20);
      for (const t of targets) assert.ok(ids.includes(t), t);
    });
    it('has the parts the top bar links to', () => {
      for (const part of ['report:summary', 'report:documents', 'report:conflicts', 'report:diagnostics', 'report:filter-text', 'report:filter-kind', 'report:filter-origin']) assert.ok(ids.includes(part), part);
    });
  });

  describe('a self-contained page', () => {
    it('starts with a doctype and declares UTF-8', () => assert.match(html, /^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/));
    it('loads nothing: no src, no external href, no @import or url()', () => {
      assert.equal(attributeValues(html, 'src').length, 0);
      assert.deepEqual(attributeValues(html, 'href').filter((h) => !h.startsWith('#')), []);
      assert.doesNotMatch(html, /@import|url\(|<link/);
    });
    it('ends with one newline', () => assert.match(html, /<\/html>\n$/));
  });

  describe('determinism', () => {
    it('gives the same bytes for the same graph, whatever the order of its triples', () => {
      const graph = fixtureGraph();
      const reversed = new N3.Store(graph.getQuads(null, null, null, null).reverse());
      const diagnostics = [...DIAGNOSTICS].reverse();
      assert.equal(renderReport(reportModel(reversed, ONTOLOGY, diagnostics)), html);
    });
    it('writes no date or time', () => assert.doesNotMatch(html, /\b20\d\d-\d\d-\d\dT\d\d|GMT|UTC/));
  });
});
