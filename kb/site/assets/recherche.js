/* Relier — /recherche/: Pagefind's chunked index, in French, with facet filters. */
(function () {
  "use strict";
  var box = document.getElementById("relier-recherche");
  if (!box) { return; }
  var notice = document.getElementById("relier-recherche-hors-ligne");
  if (typeof window.PagefindUI !== "function" || window.location.protocol === "file:") {
    if (notice) { notice.hidden = false; }
    return;
  }
  var ui = new window.PagefindUI({
    element: "#relier-recherche",
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
    translations: { placeholder: "Rechercher une pratique, un public, un concept…" }
  });
  // Give Pagefind's input a visible label (RGAA / WCAG 3.3.2).
  (function label(tries) {
    var input = box.querySelector(".pagefind-ui__search-input");
    if (!input) { if (tries > 0) { window.setTimeout(function () { label(tries - 1); }, 50); } return; }
    input.id = "relier-recherche-q";
    var tag = document.getElementById("relier-recherche-label");
    if (tag) { tag.setAttribute("for", input.id); tag.hidden = false; }
  })(100);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
