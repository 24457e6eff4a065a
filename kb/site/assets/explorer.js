/* Relier — /explorer/: combine facets and a text filter over every sheet, in the browser. */
(function () {
  "use strict";
  var data = window.RELIER_FICHES;
  var root = document.getElementById("relier-explorer");
  if (!data || !root) { return; }
  var facets = data.facets;          // [{key, label, terms: [{id, label}]}]
  var sheets = data.fiches;          // [{id, titre, resume, url, <facet key>: [ids]}]
  var selected = {};
  facets.forEach(function (f) { selected[f.key] = new Set(); });

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  sheets.forEach(function (s) { s._text = fold(s.titre + " " + s.resume + " " + (s.mots || "")); });

  var form = root.querySelector("form");
  var textInput = root.querySelector("input[type=search]");
  var countEl = root.querySelector("[data-relier-count]");
  var listEl = root.querySelector("[data-relier-list]");
  var boxes = {};

  // On a phone the facets, open, filled the screen many times over before the first result: there
  // each is a closed rubric saying how many boxes are ticked in it, and a button at the foot of the
  // screen goes to the sheets; on a wide screen they are open beside the results.
  var wide = window.matchMedia("(min-width: 60em)").matches;
  var rubrics = {};
  facets.forEach(function (f) {
    var rubric = document.createElement("details");
    rubric.className = "relier-facet";
    rubric.open = wide;
    var summary = document.createElement("summary");
    var name = document.createElement("span");
    name.textContent = f.label;
    var ticked = document.createElement("span");
    ticked.className = "relier-count";
    summary.appendChild(name);
    summary.appendChild(document.createTextNode(" "));
    summary.appendChild(ticked);
    rubric.appendChild(summary);
    rubrics[f.key] = ticked;
    var fs = document.createElement("fieldset");
    var lg = document.createElement("legend");
    lg.className = "relier-sr-only";
    lg.textContent = f.label;
    fs.appendChild(lg);
    rubric.appendChild(fs);
    boxes[f.key] = {};
    f.terms.forEach(function (t) {
      var id = "f-" + f.key + "-" + t.id;
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox"; box.id = id; box.value = t.id; box.dataset.facet = f.key;
      var span = document.createElement("span");
      label.setAttribute("for", id);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + t.label + " "));
      span.className = "relier-count";
      label.appendChild(span);
      fs.appendChild(label);
      boxes[f.key][t.id] = { box: box, count: span, label: label };
    });
    form.appendChild(rubric);
  });
  var jump = document.createElement("a");
  jump.className = "relier-voir";
  jump.href = "#relier-resultats";
  form.appendChild(jump);

  function matches(sheet, words, except) {
    for (var i = 0; i < facets.length; i++) {
      var key = facets[i].key;
      if (key === except || selected[key].size === 0) { continue; }
      var values = sheet[key] || [];
      var ok = false;
      for (var j = 0; j < values.length; j++) { if (selected[key].has(values[j])) { ok = true; break; } }
      if (!ok) { return false; }
    }
    for (var k = 0; k < words.length; k++) { if (sheet._text.indexOf(words[k]) === -1) { return false; } }
    return true;
  }

  function render() {
    var words = fold(textInput.value).split(/\s+/).filter(Boolean);
    var hits = sheets.filter(function (s) { return matches(s, words, null); });
    facets.forEach(function (f) {
      var pool = sheets.filter(function (s) { return matches(s, words, f.key); });
      var counts = {};
      pool.forEach(function (s) { (s[f.key] || []).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
      Object.keys(boxes[f.key]).forEach(function (id) {
        boxes[f.key][id].count.textContent = "(" + (counts[id] || 0) + ")";
      });
    });
    countEl.textContent = hits.length + (hits.length > 1 ? " fiches" : " fiche");
    jump.textContent = "Voir " + (hits.length > 1 ? "les " + hits.length + " fiches" : hits.length + " fiche");
    facets.forEach(function (f) {
      var n = selected[f.key].size;
      rubrics[f.key].textContent = n ? "(" + n + (n > 1 ? " cochées)" : " cochée)") : "";
    });
    listEl.textContent = "";
    hits.slice(0, 200).forEach(function (s) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = data.base + s.url; a.textContent = s.titre;
      var p = document.createElement("span");
      p.className = "relier-note"; p.textContent = s.resume;
      li.appendChild(a);
      if (s.brouillon) {
        var badge = document.createElement("span");
        badge.className = "relier-badge"; badge.textContent = "brouillon";
        li.appendChild(document.createTextNode(" ")); li.appendChild(badge);
      }
      li.appendChild(document.createElement("br")); li.appendChild(p);
      listEl.appendChild(li);
    });
    if (hits.length > 200) {
      var more = document.createElement("li");
      more.textContent = "… et " + (hits.length - 200) + " autres : affinez les filtres.";
      listEl.appendChild(more);
    }
  }

  form.addEventListener("change", function (e) {
    var box = e.target;
    if (!box.dataset || !box.dataset.facet) { return; }
    if (box.checked) { selected[box.dataset.facet].add(box.value); } else { selected[box.dataset.facet].delete(box.value); }
    render();
  });
  textInput.addEventListener("input", render);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  root.querySelector("[data-relier-reset]").addEventListener("click", function () {
    facets.forEach(function (f) { selected[f.key].clear(); });
    form.querySelectorAll("input[type=checkbox]").forEach(function (b) { b.checked = false; });
    textInput.value = "";
    render();
  });
  render();
})();
