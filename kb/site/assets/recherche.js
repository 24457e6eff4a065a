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
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
