/** The report's inline style sheet and filter script: system fonts only, no network, printable. */

export const STYLE = `
:root{--fg:#1d2330;--muted:#5f6b7a;--line:#d9dee5;--bg:#fff;--soft:#f6f8fa;--obl:#1f5fbf;--obl-bg:#e8f0fc;--perm:#1b7f3b;--perm-bg:#e6f4ea;--proh:#b3261e;--proh-bg:#fbe9e7;--warn:#8a5a00;--warn-bg:#fff4d6;--info:#3d4a5c;--info-bg:#eef1f5}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.86em}
a{color:#0b57d0}
.topbar{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 1.25rem;display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;align-items:center}
.topbar h1{font-size:1.05rem;margin:0}
.topbar nav a{margin-right:.8rem;font-size:.9rem}
.filter{display:flex;gap:.5rem;align-items:center;margin-left:auto;font-size:.9rem}
.filter input,.filter select{font:inherit;padding:.2rem .4rem;border:1px solid var(--line);border-radius:4px}
.filter input{width:16rem}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.1rem}h4{font-size:1rem}h5,h6{font-size:.95rem}
h3,h4,h5,h6{margin:1.4rem 0 .4rem}
.muted{color:var(--muted)}
.anchor{color:var(--muted);font-size:.8rem;text-decoration:none;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.anchor:hover{text-decoration:underline}
h2 .anchor,h3 .anchor,h4 .anchor,h5 .anchor,h6 .anchor{margin-left:.3rem}
table{border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.25rem .6rem .25rem 0}
.num{text-align:right;font-variant-numeric:tabular-nums}
table.documents{width:100%;font-size:.92rem}
table.documents thead th{border-bottom:1px solid var(--line);font-weight:600}
table.documents tbody th,table.documents tbody td{border-bottom:1px solid #eef0f3}
table.documents td.nowrap{white-space:nowrap}
table.documents tfoot th,table.documents tfoot td{border-top:1px solid var(--line);font-weight:600}
.charts{display:flex;flex-wrap:wrap;align-items:flex-start;gap:1rem 2.5rem;margin-top:1.2rem}
table.bars{font-size:.88rem}
table.bars caption{text-align:left;font-weight:600;padding-bottom:.2rem}
table.bars th{font-weight:400;white-space:nowrap}
table.bars td{vertical-align:middle}
svg.bar .track{fill:#eef0f3}
svg.bar .fill{fill:#7a8699}
svg.bar .kind-obligation{fill:var(--obl)}svg.bar .kind-permission{fill:var(--perm)}svg.bar .kind-prohibition{fill:var(--proh)}
svg.bar .sev-error,svg.bar .unresolved{fill:var(--proh)}svg.bar .sev-warning{fill:#c98a00}svg.bar .status-definite{fill:#6b3fa0}svg.bar .principle{fill:var(--perm)}
.badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.75rem;font-weight:600;line-height:1.5;border:1px solid transparent;background:var(--info-bg);color:var(--info);white-space:nowrap}
.badge.kind-obligation{background:var(--obl-bg);color:var(--obl);border-color:#c6d7f5}
.badge.kind-permission{background:var(--perm-bg);color:var(--perm);border-color:#c3e3cc}
.badge.kind-prohibition{background:var(--proh-bg);color:var(--proh);border-color:#f2c7c2}
.badge.advisory{background:var(--warn-bg);color:var(--warn)}
.badge.origin{background:#fff;border-color:var(--line);color:var(--muted);font-weight:500}
.badge.origin-analyst,.badge.origin-turtle{border-color:#c9b3ec;color:#5a3696}
.badge.wins{background:var(--perm-bg);color:var(--perm)}
.badge.loses{background:#eef0f3;color:var(--muted)}
.badge.unresolved,.badge.sev-error{background:var(--proh-bg);color:var(--proh)}
.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}
.badge.status-definite{background:#efe7fa;color:#5a3696}
.badge.principle{background:var(--perm-bg);color:var(--perm)}
.badge.authority{font-weight:500;vertical-align:middle}
.modal{font-style:italic;color:var(--muted);font-size:.9rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0 1rem;font-size:.9rem}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
.sec{margin-left:0}
.sec.lvl-3{margin-left:1rem}.sec.lvl-4,.sec.lvl-5,.sec.lvl-6{margin-left:2rem}
.clause{margin:.6rem 0 .9rem;padding-left:.8rem;border-left:2px solid var(--line)}
.clause.empty{opacity:.72}
.clause-head{display:flex;gap:.8rem;align-items:baseline;font-size:.8rem}
.clause-head .loc{color:var(--muted)}
.clause-text{margin:.15rem 0 .35rem}
.clause-text .label{font-weight:600}
.lead-in{color:var(--muted)}
.norm{margin:.35rem 0 .5rem 1rem;padding:.4rem .7rem .45rem;background:var(--soft);border:1px solid #e6e9ee;border-left:4px solid #7a8699;border-radius:4px}
.norm.kind-obligation{border-left-color:var(--obl)}.norm.kind-permission{border-left-color:var(--perm)}.norm.kind-prohibition{border-left-color:var(--proh)}
.norm header{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.norm header .anchor{margin-left:auto}
.norm-text{margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--line);color:#333c4a;font-style:italic}
dl.facts{display:grid;grid-template-columns:7.5rem 1fr;gap:.05rem .8rem;margin:.3rem 0 0;font-size:.9rem}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
ul.plain{list-style:none;margin:0;padding:0}
.marker{font-weight:600;color:#444}
.concept{color:#3d4a5c;font-weight:500}
code.iri{color:#5a3696}
code.formal{background:#fff;border:1px solid var(--line);border-radius:3px;padding:0 .25rem}
.mentions{color:var(--muted);font-size:.85em}
.conflict{margin:1rem 0 1.4rem;border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
.conflict.open{border-color:#f2c7c2;box-shadow:inset 4px 0 0 var(--proh)}
.conflict header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.conflict header .anchor{margin-left:auto}
.conflict-kind{font-weight:600}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin:.6rem 0}
.side{border:1px solid #e6e9ee;border-radius:4px;padding:.5rem .6rem;background:var(--soft)}
.side.winner{border-color:#9fd3ae;background:#f3faf5}
.side.defeated{opacity:.8;border-style:dashed}
.side-head{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
.side p{margin:.25rem 0;font-size:.9rem}
.triple .sep{color:var(--muted)}
.resolution p{margin:.25rem 0}
.explanation{font-style:italic}
.evidence,.basis{font-size:.85rem}
table.diagnostics{width:100%;font-size:.9rem}
table.diagnostics th{border-bottom:1px solid var(--line)}
table.diagnostics td{border-bottom:1px solid #eef0f3}
pre.excerpt{margin:.2rem 0 0;white-space:pre-wrap}
[id]{scroll-margin-top:6rem}
:target{outline:3px solid #f5c518;outline-offset:2px}
@media (max-width:720px){.topbar{position:static}.sides{grid-template-columns:1fr}.filter{margin-left:0;flex-wrap:wrap}.filter input{width:100%}dl.facts{grid-template-columns:6rem 1fr}}
@media print{body{font-size:10pt}.topbar{position:static;border:0}.filter{display:none}a{color:inherit;text-decoration:none}main{max-width:none;padding:0}.norm,.side,.conflict,tr{break-inside:avoid}h2{break-after:avoid}.conflict.open{box-shadow:none;border-left:4px solid var(--proh)}:target{outline:0}}
`;

/** Filters norms and conflicts by text, kind and origin; the state is kept in the address (`?q=…&kind=…`). */
export const SCRIPT = `
(function () {
  var byId = function (id) { return document.getElementById(id); };
  var text = byId('report:filter-text'), kind = byId('report:filter-kind'), origin = byId('report:filter-origin'), count = byId('report:filter-count');
  var docs = byId('report:documents');
  if (!text || !kind || !origin || !count || !docs) return;
  var all = function (root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); };
  var lower = function (el) { return el ? (el.textContent || '').toLowerCase() : ''; };
  var norms = all(docs, '.norm'), clauses = all(docs, '.clause'), groups = all(docs, '.sec, .doc'), conflicts = all(document, '.conflict');
  var normText = norms.map(function (n) { var c = n.closest('.clause'); return lower(n) + ' ' + lower(c && c.querySelector('.clause-text')); });
  var conflictText = conflicts.map(lower);
  var has = function (list, v) { return (list || '').split(' ').indexOf(v) >= 0; };
  function apply() {
    var q = text.value.trim().toLowerCase(), k = kind.value, o = origin.value, active = !!(q || k || o), shownNorms = 0, shownConflicts = 0;
    norms.forEach(function (n, i) {
      var ok = (!k || n.getAttribute('data-kind') === k) && (!o || n.getAttribute('data-origin') === o) && (!q || normText[i].indexOf(q) >= 0);
      n.hidden = !ok;
      if (ok) shownNorms++;
    });
    clauses.concat(groups).forEach(function (el) { el.hidden = active && !el.querySelector('.norm:not([hidden])'); });
    conflicts.forEach(function (c, i) {
      var ok = (!k || has(c.getAttribute('data-kinds'), k)) && (!o || has(c.getAttribute('data-origins'), o)) && (!q || conflictText[i].indexOf(q) >= 0);
      c.hidden = !ok;
      if (ok) shownConflicts++;
    });
    var none = function (id, empty) { var el = byId(id); if (el) el.hidden = !(active && empty); };
    none('report:documents-none', shownNorms === 0);
    none('report:conflicts-none', shownConflicts === 0 && conflicts.length > 0);
    count.textContent = active
      ? shownNorms + ' of ' + norms.length + ' norms, ' + shownConflicts + ' of ' + conflicts.length + ' conflicts'
      : norms.length + ' norms, ' + conflicts.length + ' conflicts';
    document.body.classList.toggle('filtering', active);
    try {
      var p = new URLSearchParams();
      if (q) p.set('q', text.value.trim());
      if (k) p.set('kind', k);
      if (o) p.set('origin', o);
      var s = p.toString();
      history.replaceState(null, '', (s ? '?' + s : location.pathname) + location.hash);
    } catch (e) { /* an address that cannot change (some file: views) keeps the filter working */ }
  }
  var given = new URLSearchParams(location.search);
  text.value = given.get('q') || '';
  kind.value = given.get('kind') || '';
  origin.value = given.get('origin') || '';
  if (kind.selectedIndex < 0) kind.value = '';
  if (origin.selectedIndex < 0) origin.value = '';
  text.addEventListener('input', apply);
  kind.addEventListener('change', apply);
  origin.addEventListener('change', apply);
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && document.activeElement !== text) { e.preventDefault(); text.focus(); }
    if (e.key === 'Escape' && document.activeElement === text) { text.value = ''; apply(); }
  });
  apply();
})();
`;
