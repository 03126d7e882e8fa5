import assert from 'node:assert/strict';
import { esc, pct } from '../../src/auditor/html.js';

describe('auditor/html', () => {
  it('escapes every character that could open markup or leave an attribute', () =>
    assert.equal(esc(`<img src=x onerror="alert('x')"> & co`), '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co'));
  it('formats rates as percentages with one decimal', () => assert.deepEqual([pct(0.8333), pct(1), pct(0)], ['83.3%', '100.0%', '0.0%']));
});
