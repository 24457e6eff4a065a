/* Relier — /carte/: the interactive concept graph (Cytoscape.js, bundled with the site). */
(function () {
  "use strict";
  var data = window.RELIER_GRAPHE;
  var container = document.getElementById("relier-carte");
  if (!data || !container || typeof window.cytoscape !== "function") { return; }
  var palette = ["#1f5f8b", "#b5451b", "#2e7d32", "#6a3d9a", "#a0522d", "#00796b", "#c2185b", "#5d6d1e",
                 "#455a64", "#8d6e00", "#283593", "#6d4c41"];
  var kindColour = { concept: "#8a4b08", public: "#37474f", theme: "#5b6b2f" };

  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.label, kind: n.kind, url: n.url, cluster: n.cluster || 0,
      size: 14 + Math.round(36 * (n.poids || 0)),
      colour: n.kind === "fiche" ? palette[((n.cluster || 1) - 1) % palette.length] : (kindColour[n.kind] || "#555") } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } });
  });

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
        "label": "data(label)", "font-size": 9, "color": "#1b2733", "text-wrap": "ellipsis", "text-max-width": 120,
        "min-zoomed-font-size": 11 } },
      { selector: "node[kind = 'concept']", style: { "shape": "round-rectangle" } },
      { selector: "node[kind = 'public']", style: { "shape": "diamond" } },
      { selector: "node[kind = 'theme']", style: { "shape": "hexagon" } },
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
    cy.fit();
  }

  cy.on("tap", "node", function (evt) {
    var url = evt.target.data("url");
    if (url) { window.location.href = data.base + url; }
  });
  cy.on("mouseover", "node", function (evt) {
    var hood = evt.target.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    container.title = evt.target.data("label");
  });
  cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });

  document.querySelectorAll("[data-relier-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var nodes = cy.nodes("[kind = '" + box.value + "']");
      if (box.checked) { nodes.removeClass("hidden"); } else { nodes.addClass("hidden"); }
    });
  });
  var fitButton = document.querySelector("[data-relier-fit]");
  if (fitButton) { fitButton.addEventListener("click", function () { cy.fit(); }); }
  container.setAttribute("data-relier-ready", String(cy.nodes().length));
  window.RELIER_CY = cy;
})();
