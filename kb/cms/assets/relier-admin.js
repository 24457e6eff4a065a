/* Relier's additions to Decap CMS: the checks of kb check that can run in a browser (their data,
 * window.RELIER_REGLES, is generated from the Python checks), a preview laid out like the site's
 * sheet page, and a refusal to save a sheet that carries personal data. */
(function () {
  "use strict";
  var R = window.RELIER_REGLES;
  var CMS = window.CMS;
  if (!R || !CMS) { return; }

  function toJS(value) {
    return value && typeof value.toJS === "function" ? value.toJS() : value;
  }

  function strings(value, out) {
    value = toJS(value);
    if (typeof value === "string") { out.push(value); }
    else if (Array.isArray(value)) { value.forEach(function (v) { strings(v, out); }); }
    else if (value && typeof value === "object") { Object.keys(value).forEach(function (k) { strings(value[k], out); }); }
    return out;
  }

  function personalData(text) {
    var found = [];
    R.donnees.forEach(function (rule) {
      var re = new RegExp(rule.motif, "gu");
      var match;
      while ((match = re.exec(text)) !== null) {
        var words = match[0].split(/\s+/);
        if (rule.code === "donnee-nom" && R.pas_des_noms.indexOf(words[words.length - 1]) >= 0) { continue; }
        if (rule.code === "donnee-telephone" && /^(?:0|\+33[ .]?|0033[ .]?)8/.test(match[0])) { continue; } // services
        found.push({code: rule.code, quoi: rule.quoi, texte: match[0]});
      }
    });
    return found;
  }

  function empty(value) {
    value = toJS(value);
    return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
  }

  /* Every problem the browser can see in a sheet: [{grave: bool, message}] */
  function checkSheet(data) {
    data = toJS(data) || {};
    var problems = [];
    R.requis.forEach(function (key) {
      if (empty(data[key])) { problems.push({grave: true, message: "« " + name(key) + " » est obligatoire."}); }
    });
    Object.keys(R.tailles).forEach(function (key) {
      var text = data[key], size = R.tailles[key];
      if (typeof text !== "string" || !text) { return; }
      if (size.maxLength && text.length > size.maxLength) {
        problems.push({grave: true, message: "« " + name(key) + " » fait " + text.length + " caractères : " + size.maxLength + " au plus."});
      }
      if (size.minLength && text.length < size.minLength) {
        problems.push({grave: true, message: "« " + name(key) + " » est trop court : " + size.minLength + " caractères au moins."});
      }
    });
    Object.keys(R.termes).forEach(function (key) {
      var values = toJS(data[key]);
      (Array.isArray(values) ? values : values ? [values] : []).forEach(function (v) {
        if (R.termes[key].indexOf(v) < 0) {
          problems.push({grave: true, message: "« " + v + " » n'est pas un terme connu pour « " + key + " »."});
        }
      });
    });
    var body = typeof data.body === "string" ? data.body : "";
    var headings = [];
    body.replace(/^##[ \t]+(.+?)[ \t]*$/gm, function (_, title) { headings.push(title.replace(/\s*:$/, "")); return _; });
    R.sections.forEach(function (section) {
      if (section.requise && headings.indexOf(section.titre) < 0) {
        problems.push({grave: true, message: "La section « " + section.titre + " » manque dans le texte."});
      }
    });
    var placeholder = new RegExp(R.a_completer, "mu");
    if (body.split(/\n/).some(function (line) { return placeholder.test(line); })) {
      problems.push({grave: false, message: "Un texte « À compléter » du modèle est resté en place."});
    }
    var all = strings(data, []).join("\n");
    if (all.indexOf(R.marqueur) >= 0) {
      problems.push({grave: true, message: "« " + R.marqueur + " » est réservé à l'équipe de relecture : retirez-le."});
    }
    if (new Blob([all]).size > R.taille_max_fichier) {
      problems.push({grave: true, message: "La fiche dépasse " + Math.round(R.taille_max_fichier / 1024) + " Ko : découpez-la en fiches reliées."});
    }
    personalData(all).forEach(function (f) {
      problems.push({grave: true, donnee: true,
        message: "Donnée personnelle : " + f.quoi + " (« " + f.texte + " »). Retirez-la : les fiches sont publiques."});
    });
    return problems;
  }
  window.RELIER_VERIFIER = checkSheet;
  window.RELIER_DONNEES = personalData;

  // Saving a sheet with personal data is refused, with what was found; the rest is shown in the preview.
  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      if (entry.get("collection") !== "fiches" && entry.get("collection") !== "modules") { return entry.get("data"); }
      var serious = checkSheet(entry.get("data")).filter(function (p) { return p.donnee || entry.get("collection") === "fiches" && p.grave; });
      if (serious.length) {
        var refusal = new Error("Avant d'enregistrer : " + serious.map(function (p) { return p.message; }).join(" "));
        refusal.name = "";  // Decap shows the error as text: « Avant d'enregistrer : … », not « Error: Avant … »
        throw refusal;
      }
      return entry.get("data");
    }
  });

  var h = window.h;
  var createClass = window.createClass;

  function labels(key, values) {
    values = toJS(values);
    var names = R.libelles[key] || {};
    return (Array.isArray(values) ? values : values ? [values] : []).map(function (v) { return names[v] || v; }).join(", ");
  }
  function name(key) { return R.champs[key] || key; }

  var SheetPreview = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var problems = checkSheet(data);
      var get = function (key) { return toJS(data.get(key)); };
      var facets = [["Publics", "publics"], ["Secteurs", "secteurs"], ["Modes d'intervention", "modes_intervention"],
                    ["Concepts", "concepts"], ["Niveau de preuve", "niveau_preuve"]];
      return h("div", {className: "md-typeset relier-apercu"},
        h("section", {className: "relier-verifications", "aria-live": "polite"},
          h("h2", {}, problems.length ? "Avant d'envoyer : " + problems.length + " point(s) à revoir" : "Avant d'envoyer : rien à signaler"),
          problems.length ? h("ul", {}, problems.map(function (p, i) {
            return h("li", {key: i, className: p.grave ? "relier-grave" : "relier-conseil"}, p.message);
          })) : null),
        h("h1", {}, get("titre") || "Titre de la fiche"),
        h("p", {className: "relier-resume"}, get("resume") || ""),
        h("dl", {className: "relier-facettes"}, facets.map(function (f) {
          return [h("dt", {key: f[1] + "-t"}, f[0]), h("dd", {key: f[1] + "-d"}, labels(f[1], get(f[1])) || "—")];
        })),
        this.props.widgetFor("body"));
    }
  });
  CMS.registerPreviewTemplate("fiches", SheetPreview);
  CMS.registerPreviewStyle("relier.css");
  CMS.registerPreviewStyle("apercu.css");
})();

/* Decap CMS's own markup misses a few accessible names and states (axe: aria-input-field-name,
 * aria-required-attr, button-name, frame-title, nested-interactive): filled in after each render. */
(function () {
  "use strict";
  function labelFor(node) {
    var field = node.closest("[aria-label$=' field']") || node.closest("[class*=ControlContainer]");
    var label = field && field.querySelector("label");
    return label ? label.textContent.trim() : "Texte";
  }
  function patch() {
    document.querySelectorAll("[contenteditable=true][role=textbox]:not([aria-label])").forEach(function (box) {
      box.setAttribute("aria-label", labelFor(box));
    });
    document.querySelectorAll("button[role=switch]").forEach(function (toggle) {
      var field = toggle.closest("[aria-label='markdown field']");
      if (!toggle.hasAttribute("aria-label")) {
        toggle.setAttribute("aria-label", field ? "Écrire en Markdown (texte brut)" : labelFor(toggle));
      }
      var raw = field ? !field.querySelector(".cms-editor-visual") : toggle.getAttribute("aria-pressed") === "true";
      toggle.setAttribute("aria-checked", String(raw));
    });
    document.querySelectorAll("iframe:not([title])").forEach(function (frame) {
      frame.setAttribute("title", "Aperçu de la fiche, telle que le site l'affichera");
    });
    document.querySelectorAll("span[aria-haspopup]").forEach(function (wrapper) {
      var button = wrapper.querySelector("button");
      if (button) {  // a button inside a role=button: the inner button alone is the control
        button.setAttribute("aria-haspopup", "true");
        ["role", "tabindex", "aria-haspopup", "aria-expanded"].forEach(function (a) { wrapper.removeAttribute(a); });
      }
    });
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; patch(); });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ["class"]});
})();
