/* Relier — /carte/: the interactive concept graph (Cytoscape.js, bundled with the site).
   Labels: the most central nodes are named at first view, as many as fit without overlapping;
   zooming in names more. A tap (or a click) selects a node: its neighbourhood stands out and a
   panel offers to open its page; a second tap opens it. The search box finds a node and centres on it.
   The same neighbourhoods are listed as text below the map (generated with the page). */
(function () {
  "use strict";
  var data = window.RELIER_GRAPHE;
  var container = document.getElementById("relier-carte");
  if (!data || !container || typeof window.cytoscape !== "function") { return; }
  var palette = ["#1f5f8b", "#b5451b", "#2e7d32", "#6a3d9a", "#a0522d", "#00796b", "#c2185b", "#5d6d1e",
                 "#455a64", "#8d6e00", "#283593", "#6d4c41"];
  var kindColour = { concept: "#8a4b08", public: "#37474f", theme: "#5b6b2f" };
  var kindName = { fiche: "fiche", concept: "concept", public: "public", theme: "thème" };
  var DRAFT_COLOUR = "#7a8793";
  var LABEL_PX = 13;          // rendered size of a label, whatever the zoom
  var LABEL_CHARS = 30;       // longer labels are shortened on the map (the panel shows them whole)

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function shorten(text) {
    return text.length <= LABEL_CHARS ? text : text.slice(0, LABEL_CHARS - 1).replace(/\s+\S*$/, "") + "…";
  }
  function colourOf(n) {
    if (n.kind !== "fiche") { return kindColour[n.kind] || "#555"; }
    return n.cluster ? palette[(n.cluster - 1) % palette.length] : DRAFT_COLOUR;
  }

  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.label, short: shorten(n.label), kind: n.kind, url: n.url,
      cluster: n.cluster || 0, poids: n.poids || 0, size: 14 + Math.round(36 * (n.poids || 0)),
      colour: colourOf(n) } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } });
  });

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    autounselectify: true,
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
        "label": "", "color": "#1b2733", "text-valign": "bottom", "text-halign": "center",
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 0, "z-index": "mapData(poids, 0, 1, 0, 100)" } },
      // a named node (and its label) is drawn above every unnamed one, the most central on top
      { selector: "node.relier-named", style: { "label": "data(short)", "z-index": "mapData(poids, 0, 1, 200, 300)" } },
      { selector: "node[kind = 'concept']", style: { "shape": "round-rectangle" } },
      { selector: "node[kind = 'public']", style: { "shape": "diamond" } },
      { selector: "node[kind = 'theme']", style: { "shape": "hexagon" } },
      { selector: "node.relier-chosen", style: { "border-width": 4, "border-color": "#0b3954", "label": "data(label)",
        "font-weight": "bold", "z-index": 1000 } },
      { selector: "edge", style: { "width": 1, "line-color": "#b8c2cc", "curve-style": "haystack", "opacity": 0.7 } },
      { selector: "edge[type = 'tension']", style: { "line-color": "#8a2c0d", "width": 2, "line-style": "dashed" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: ".hidden", style: { "display": "none" } }
    ],
    layout: data.positions ? { name: "preset" } : { name: "cose", animate: false, randomize: false,
      nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; }, numIter: 1500 }
  });
  if (data.positions) {
    cy.nodes().positions(function (n) { return data.positions[n.id()] || { x: 0, y: 0 }; });
  }
  cy.fit(undefined, 20);

  // Labels: by weight, greedily, each one only where it overlaps no label already placed.
  var byWeight = cy.nodes().sort(function (a, b) { return b.data("poids") - a.data("poids"); });
  var chosen = null;  // the node a first tap selected: a second tap opens it
  var focus = null;   // the selected node and its neighbourhood: always named
  var fitZoom = cy.zoom();
  function placeLabels() {
    var zoom = cy.zoom();
    var width = container.clientWidth, height = container.clientHeight;
    // at the first view, about one label per 9 000 px² of map (20 on a phone, 40 on a laptop); more as one zooms in
    var budget = 2 * Math.round(width * height / 9000 * Math.max(1, zoom / fitZoom));
    var placed = [];
    cy.batch(function () {
      cy.nodes().style({ "font-size": LABEL_PX / zoom, "text-background-padding": 2 / zoom,
                         "text-margin-y": 3 / zoom });
      byWeight.forEach(function (node) {
        var keep = false;
        if (!node.hasClass("hidden")) {
          var p = node.renderedPosition(), r = node.renderedHeight() / 2;
          var w = node.data("short").length * LABEL_PX * 0.56 + 6;
          var box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 2, y2: p.y + r + LABEL_PX + 8 };
          var visible = box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
          var forced = focus && focus.has(node);
          keep = forced || (visible && placed.length < budget && !placed.some(function (o) {
            return box.x1 < o.x2 + 4 && box.x2 + 4 > o.x1 && box.y1 < o.y2 + 2 && box.y2 + 2 > o.y1;
          }));
          if (keep && visible) {  // its label, and its node, drawn above the lighter ones, are taken
            placed.push(box, { x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r });
          }
        }
        if (keep) { node.addClass("relier-named"); } else { node.removeClass("relier-named"); }
      });
    });
  }
  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; placeLabels(); });
  }
  cy.on("viewport resize", schedule);
  placeLabels();

  var panel = document.getElementById("relier-carte-choix");
  var status = document.getElementById("relier-carte-statut");
  function say(text) { if (status) { status.textContent = text; } }

  function select(node) {
    cy.nodes().removeClass("relier-chosen");
    node.addClass("relier-chosen");
    chosen = node;
    focus = node.closedNeighborhood().nodes();
    cy.elements().removeClass("faded");
    cy.elements().not(node.closedNeighborhood()).addClass("faded");
    if (panel) {
      panel.hidden = false;
      panel.querySelector("[data-relier-nom]").textContent = node.data("label");
      panel.querySelector("[data-relier-genre]").textContent = kindName[node.data("kind")] || node.data("kind");
      var neighbours = node.neighborhood().nodes().length;
      panel.querySelector("[data-relier-voisins]").textContent =
        neighbours + (neighbours > 1 ? " éléments reliés" : " élément relié");
      var link = panel.querySelector("[data-relier-ouvrir]");
      link.href = data.base + node.data("url");
    }
    placeLabels();
  }
  function clearSelection() {
    focus = null;
    chosen = null;
    cy.nodes().removeClass("relier-chosen");
    cy.elements().removeClass("faded");
    if (panel) { panel.hidden = true; }
    placeLabels();
  }

  cy.on("tap", "node", function (evt) {
    var node = evt.target;
    if (chosen && chosen.same(node)) { window.location.href = data.base + node.data("url"); return; }
    select(node);
  });
  cy.on("tap", function (evt) { if (evt.target === cy) { clearSelection(); } });
  cy.on("mouseover", "node", function (evt) {
    if (focus) { return; }
    cy.elements().not(evt.target.closedNeighborhood()).addClass("faded");
    evt.target.addClass("relier-named");
    container.title = evt.target.data("label");
  });
  cy.on("mouseout", "node", function () { if (!focus) { cy.elements().removeClass("faded"); schedule(); } });

  // Find a node by its name and centre on it.
  var form = document.getElementById("relier-carte-recherche");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = fold(form.querySelector("input").value.trim());
      if (!query) { return; }
      var candidates = cy.nodes().not(".hidden").filter(function (n) { return fold(n.data("label")).indexOf(query) !== -1; });
      if (!candidates.length) {
        say("Rien sur la carte ne correspond à « " + form.querySelector("input").value.trim() + " ».");
        return;
      }
      var exact = candidates.filter(function (n) { return fold(n.data("label")) === query; });
      var node = (exact.length ? exact : candidates).sort(function (a, b) {
        return b.data("poids") - a.data("poids"); })[0];
      select(node);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.5) }, { duration: 300 });
      say("« " + node.data("label") + " » (" + (kindName[node.data("kind")] || "") + ") est au centre de la carte"
          + (candidates.length > 1 ? " ; " + (candidates.length - 1) + " autre(s) élément(s) correspondent aussi." : "."));
    });
  }

  document.querySelectorAll("[data-relier-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var nodes = cy.nodes("[kind = '" + box.value + "']");
      if (box.checked) { nodes.removeClass("hidden"); } else { nodes.addClass("hidden"); }
      placeLabels();
    });
  });
  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }
  var actions = {
    fit: function () { clearSelection(); cy.fit(undefined, 20); },
    plus: function () { zoomBy(1.5); },
    moins: function () { zoomBy(1 / 1.5); }
  };
  document.querySelectorAll("[data-relier-action]").forEach(function (button) {
    button.addEventListener("click", actions[button.getAttribute("data-relier-action")]);
  });
  // Arriving from a sheet's « Voir cette fiche sur la carte » (carte/index.html?fiche=<id>): that
  // sheet chosen and centred, its links in colour.
  var asked = new URLSearchParams(window.location.search).get("fiche");
  if (asked) {
    var arrived = cy.getElementById("fiche:" + asked);
    if (arrived.length && !arrived.hasClass("hidden")) {
      select(arrived);
      cy.center(arrived);
      cy.zoom({ level: Math.max(cy.zoom(), 1.2), renderedPosition: arrived.renderedPosition() });
      say("« " + arrived.data("label") + " » est au centre de la carte, ses liens en couleur.");
    } else {
      say("Cette fiche n'est pas sur la carte : seules les fiches les plus reliées y figurent.");
    }
    var shown = panel && !panel.hidden ? panel : container;  // below the site's fixed header
    var header = document.querySelector(".md-header");
    window.scrollTo(0, shown.getBoundingClientRect().top + window.scrollY - (header ? header.offsetHeight : 0) - 8);
  }
  container.setAttribute("data-relier-ready", String(cy.nodes().length));
  window.RELIER_CY = cy;
})();
