import assert from 'node:assert/strict';
import * as graph from '../../src/graph/index.js';

describe('graph/index', () => {
  for (const name of ['lowerToGraph', 'readDocuments', 'readNorms', 'serializeTurtle', 'parseTurtle', 'mergeTurtleNorms', 'runQuery', 'openGraph',
    'formatTable', 'formatJson', 'formatCsv', 'explain', 'formatExplain', 'loadOntologies', 'validateGraph']) {
    it(`exports ${name}`, () => assert.equal(typeof (graph as Record<string, unknown>)[name], 'function'));
  }
});
