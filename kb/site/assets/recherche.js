/* Relier — the site's search, on every page: the header box (results as one types), the home
   page's box and /recherche/. Pagefind's chunked index is read in the browser (no server), and a
   query is understood as `kb search` understands it (kb/search):
   - words folded (accents, case), stop words dropped, Pagefind's French stemming;
   - the vocabularies' synonyms and acronyms tried beside the words typed (relier-requetes.json);
   - a word the base never uses replaced by its closest word (relier-mots-<letter>.json);
   - any word may match: each unit of the query is searched on its own, a sheet's score is the sum
     of its units' scores times the square of the weighted share of units it matches, incidental
     words (« comment », « tout le temps ») weighing less than the words carrying the need;
   - « nothing good » when the best sheets match, strongly, too little of the words carrying the
     need (70 %, less for a long description).
   window.relierRecherche.search(text, filters) is the very function the pages use
   (scripts/search_quality.py measures it in Chromium). */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = new URL("../../", script ? script.src : document.baseURI);  // assets/relier/recherche.js
  var engine = null;
  var wordChunks = {};

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (!engine) {
      engine = Promise.all([
        import(new URL("pagefind/pagefind.js", root).href),
        fetch(new URL("pagefind/relier-requetes.json", root)).then(function (r) { return r.json(); })
      ]).then(function (loaded) {
        var pagefind = loaded[0];
        // termSimilarity: a word found exactly weighs far more than a longer word it begins
        // (« APP » is not « apprentissage »): nDCG@10 0.903 -> 0.914 on the judged set
        var options = { excerptLength: 24, ranking: { termSimilarity: 10 } };
        var rules = loaded[1];
        return Promise.resolve(pagefind.options(options)).then(function () {
          return pagefind.init();
        }).then(function () {
          // a large base is indexed in parts (kb/site/search_bundle.py): searched as one
          return Promise.all((rules.parties || []).map(function (part) {
            return pagefind.mergeIndex(new URL("pagefind/" + part, root).href, options);
          }));
        }).then(function () {
          rules.vides = new Set(rules.vides);
          rules.faibles = new Set(rules.faibles);
          rules.longest = 1;
          Object.keys(rules.synonymes).forEach(function (key) {
            rules.longest = Math.max(rules.longest, key.split(" ").length);
          });
          rules.longestSituation = 0;
          var phrases = {};  // [[sheets, phrases naming them], …] -> {phrase: sheets}
          (rules.situations || []).forEach(function (group) {
            group[1].forEach(function (phrase) {
              phrases[phrase] = (phrases[phrase] || []).concat(group[0]);
              rules.longestSituation = Math.max(rules.longestSituation, phrase.split(" ").length);
            });
          });
          rules.situations = phrases;
          return { pagefind: pagefind, rules: rules };
        });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  function words(text, rules) {
    return (fold(text).match(/[\p{L}\p{N}_]+/gu) || []).filter(function (w) {
      return w.length >= 2 && !rules.vides.has(w);
    });
  }

  function units(found, rules) {
    var out = [];
    for (var i = 0; i < found.length;) {
      for (var size = Math.min(rules.longest, found.length - i); size >= 1; size--) {
        var key = found.slice(i, i + size).join(" ");
        if (size === 1 || rules.synonymes[key]) {
          out.push({ text: key, alternatives: rules.synonymes[key] || [],
                     weak: size === 1 && rules.faibles.has(key) });
          i += size;
          break;
        }
      }
    }
    return out;
  }

  function distance(a, b, limit) {  // Damerau-Levenshtein (optimal string alignment)
    if (Math.abs(a.length - b.length) > limit) { return limit + 1; }
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  function chunk(letter) {
    if (!wordChunks[letter]) {
      wordChunks[letter] = fetch(new URL("pagefind/relier-mots-" + letter + ".json", root))
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    }
    return wordChunks[letter];
  }

  function uses(entry) { return typeof entry === "number" ? entry : entry[0]; }  // [count, as written]
  function written(known, word) { var e = known[word]; return Array.isArray(e) ? e[1] : word; }

  /* Another form of the word that the base uses (« soirs » / « soir »): then it is no typo. */
  function otherForm(word, known) {
    var forms = [word + "s", word + "e", word + "es", word.replace(/(es|s|x|e|r)$/, ""),
                 word.replace(/(es|s|x|e|r)$/, "e"), word.replace(/(er|ez|ent|ait|ais)$/, "e")];
    return forms.filter(function (form) { return form !== word && known[form]; })[0] || null;
  }

  /* The French words (kb/search/dictionary.py), fetched by part only when a word would be corrected. */
  var frenchParts = null, frenchWords = {};
  function isFrench(word) {
    if (!frenchParts) {
      frenchParts = fetch(new URL("assets/relier/mots-francais/index.json", root))
        .then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; });
    }
    word = word.replace(/œ/g, "oe").replace(/æ/g, "ae");
    return frenchParts.then(function (prefixes) {
      var prefix = prefixes.filter(function (p) { return word.indexOf(p) === 0; })
        .sort(function (a, b) { return b.length - a.length; })[0];
      if (!prefix) { return false; }
      if (!frenchWords[prefix]) {
        frenchWords[prefix] = fetch(new URL("assets/relier/mots-francais/" + prefix + ".json", root))
          .then(function (r) { return r.ok ? r.json() : ""; }).catch(function () { return ""; })
          .then(function (text) { return new Set(text.split(" ")); });
      }
      return frenchWords[prefix].then(function (set) { return set.has(word.slice(prefix.length)); });
    });
  }

  /* One word is the other with one more letter at its end, or another last letter (kb.search.dictionary.inflected). */
  function inflected(a, b) {
    var short = a.length <= b.length ? a : b, long = a.length <= b.length ? b : a;
    return (long.length === short.length + 1 && long.indexOf(short) === 0) ||
      (long.length === short.length && long.slice(0, -1) === short.slice(0, -1));
  }

  /* Each word the base never uses, in no form, replaced by a word it does one edit away, the
     most used (as kb.search.spelling); an acronym typed in capitals (`kept`), and a French word
     the base does not use (unless the guess is another form of it), are left as typed. */
  function correct(found, rules, kept) {
    var fixed = [], replaced = {}, unknown = new Set();  // unknown: words the base never uses, no guess found
    return Promise.all(found.map(function (word) {
      if (word.length < rules.longueur_min_correction || /^\d+$/.test(word)) { return word; }
      return chunk(/[a-z0-9]/.test(word[0]) ? word[0] : "_").then(function (known) {
        if (known[word]) { return word; }
        var form = otherForm(word, known);
        if (form) {  // the base's own form of the word: searched as such, not a guess
          if (form.length < word.length) { replaced[word] = written(known, form); return form; }
          return word;
        }
        return guessFor(word, known);
      });
    })).then(function (result) { return { words: result, fixed: fixed, replaced: replaced, unknown: unknown }; });

    function guessFor(word, known) {
      var candidates = kept.has(word) ? [] : Object.keys(known).filter(function (candidate) {
        return candidate !== word && candidate[0] === word[0] && distance(word, candidate, 1) <= 1;
      });
      var guess = function (allowed) {
        var best = null;
        allowed.forEach(function (candidate) {
          if (!best || uses(known[candidate]) > uses(known[best]) ||
              (uses(known[candidate]) === uses(known[best]) && candidate > best)) {
            best = candidate;
          }
        });
        if (best) { fixed.push(best); replaced[word] = written(known, best); return best; }
        unknown.add(word);
        return word;
      };
      if (!candidates.length) { return guess(candidates); }
      return isFrench(word).then(function (french) {
        return guess(french ? candidates.filter(function (c) { return inflected(word, c); }) : candidates);
      });
    }
  }

  var RERANKED = 20;  // the results page shows 20

  /* The sheets named by the situations whose phrases (two words or more) stand word after word in `found`. */
  function namedByPhrase(found, rules) {
    var named = new Set();
    var phrases = rules.situations || {};
    for (var start = 0; start < found.length; start++) {
      for (var end = start + 2; end <= Math.min(found.length, start + rules.longestSituation); end++) {
        (phrases[found.slice(start, end).join(" ")] || []).forEach(function (id) { named.add(id); });
      }
    }
    return named;
  }

  // the share of the need the best sheet must cover strongly, less for a long description (kb/search/need.py)
  function coverageMin(needed, rules) {
    var share = Math.max(rules.couverture_plancher, rules.couverture - rules.couverture_pas * Math.max(0, needed - rules.couverture_des));
    return Math.max(rules.longue_plancher, share - rules.longue_pas * Math.max(0, needed - rules.longue_des));
  }

  /* The ranked sheets for `text`: {query, corrected, nothingGood, total, results: [{id, score, data()}]} */
  function search(text, filters) {
    return load().then(function (e) {
      var rules = e.rules;
      var typed = words(text, e.rules);
      // acronyms typed in capitals, unless the whole query is (kb.search.spelling)
      var kept = new Set(text === text.toUpperCase() ? [] : (text.match(/[\p{L}\p{N}_]+/gu) || [])
        .filter(function (w) { return w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w); }).map(fold));
      return correct(typed, e.rules, kept).then(function (spelled) {
        var corrected = Object.keys(spelled.replaced).length ? text.replace(/[\p{L}\p{N}_]+/gu, function (w) {
          return spelled.replaced[fold(w)] || w;
        }) : null;
        var parts = units(spelled.words, e.rules);
        if (!parts.length) { return { query: text, corrected: corrected, nothingGood: true, total: 0, results: [] }; }
        var weights = parts.map(function (u) { return u.weak ? e.rules.poids_faible : 1; });
        if (weights.every(function (w) { return w < 1; })) { weights = parts.map(function () { return 1; }); }
        var options = filters && Object.keys(filters).length ? { filters: filters } : {};
        return Promise.all(parts.map(function (unit) {
          var spellings = [unit.text].concat(unit.alternatives);
          return Promise.all(spellings.map(function (spelling, rank) {
            return e.pagefind.search(spelling, options).then(function (found) {
              return { boost: rank === 0 ? 2 : 1, results: found.results };
            });
          }));
        })).then(function (perUnit) {
          var sheets = new Map();
          var found = [];
          perUnit.forEach(function (searches, index) {
            var best = new Map();
            searches.forEach(function (s) {
              s.results.forEach(function (r) {
                var score = r.score * s.boost;
                var seen = best.get(r.id);
                if (!seen || seen.score < score) { best.set(r.id, { score: score, result: r }); }
              });
            });
            // how many sheets the unit is found in: its most precise spelling (a phrase is searched
            // as all its words, anywhere in a page: their union would say « everywhere »)
            var counts = searches.map(function (s) { return s.results.length; }).filter(function (n) { return n > 0; });
            found[index] = counts.length ? Math.min.apply(null, counts) : 0;
            best.forEach(function (hit, id) {
              var sheet = sheets.get(id) || { id: id, raw: 0, units: [], perUnit: parts.map(function () { return 0; }),
                                               result: hit.result };
              sheet.raw += hit.score * weights[index];
              sheet.units.push(index);
              sheet.perUnit[index] = hit.score;
              sheets.set(id, sheet);
            });
          });
          var total = weights.reduce(function (a, b) { return a + b; }, 0);
          var ranked = Array.from(sheets.values()).map(function (sheet) {
            var share = sheet.units.reduce(function (a, u) { return a + weights[u]; }, 0) / total;
            sheet.score = sheet.raw * share * share;
            return sheet;
          });
          var byScore = function (a, b) { return b.score - a.score || (a.id < b.id ? -1 : 1); };
          ranked.sort(byScore);
          // the sheets named by a situation whose phrase the query holds rank rules.boost_nommees
          // higher (kb.search.terms.NAMED_BOOST); Pagefind knows a page's sheet only from its data,
          // so among the first RERANKED
          // (rules.boost_nommees_long in a long description: kb.search.terms.named_boost)
          var named = namedByPhrase(spelled.words, rules);
          var longDescription = weights.filter(function (w) { return w === 1; }).length > rules.longue_des;
          var boost = longDescription ? rules.boost_nommees_long : rules.boost_nommees;
          var reranked = !named.size ? Promise.resolve() : Promise.all(ranked.slice(0, RERANKED).map(function (sheet) {
            return sheet.result.data().then(function (d) {
              sheet.later = LATER[(d.meta && d.meta.statut) || ""] || 0;
              if (named.has(sheetId(d.url))) { sheet.score *= boost; sheet.named = true; }
            });
          })).then(function () { ranked.sort(byScore); });
          return reranked.then(function () {
            /* « nothing good » as kb.search.engine._nothing_good: no sheet among the best matches,
               strongly, words carrying enough of the need (coverageMin), each weighing its IDF (a guessed
               spelling of a short word half) */
            var sure = {};
            spelled.fixed.forEach(function (w) { sure[w] = w.length >= rules.longueur_sure ? 1 : 0.5; });
            var needed = weights.filter(function (w) { return w === 1; }).length;
            // a word no sheet uses, in a long description, is a detail: it counts rules.poids_inconnu (kb/search/need.py)
            var unknownWeight = needed >= rules.inconnus_des ? rules.poids_inconnu : 1;
            // (a word the base's word list lacks: Pagefind may still find it as the start of a longer one)
            var idf = found.map(function (count, u) {
              var alone = count === 0 || spelled.unknown.has(parts[u].text);
              return Math.log((rules.fiches + 1) / (count + 1)) * (alone ? unknownWeight : 1);
            });
            var value = parts.map(function (unit, u) {
              return weights[u] < 1 ? 0 : idf[u] * Math.min.apply(null, unit.text.split(" ").map(function (w) {
                return sure[w] === undefined ? 1 : sure[w];
              }));
            });
            var need = idf.reduce(function (a, v, u) { return a + (weights[u] === 1 ? v : 0); }, 0);
            var top = ranked.slice(0, 10);
            var covered = top.reduce(function (a, sheet) {
              return Math.max(a, value.reduce(function (b, v, u) { return b + (sheet.perUnit[u] >= rules.fort ? v : 0); }, 0));
            }, 0);
            var answer = {
              query: text, corrected: corrected, total: ranked.length,
              nothingGood: need <= 0 || covered < coverageMin(needed, rules) * need,
              evidence: { units: parts.map(function (unit) { return unit.text; }), value: value, idf: idf, need: need,
                          top: top.map(function (sheet) { return sheet.perUnit; }) },
              results: ranked.map(function (sheet) {
                return { id: sheet.id, score: sheet.score, data: function () { return sheet.result.data(); } };
              })
            };
            // ... unless a situation's phrase typed in the query names one of the first sheets (as
            // kb.search.terms.NAMED_AMONG): the editors said that sheet answers it
            // (the first sheets as pages() orders them, drafts after: their data read above)
            if (answer.nothingGood && named.size) {
              answer.nothingGood = !top.map(function (sheet, i) { return [sheet.later, i, sheet]; })
                .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
                .slice(0, rules.nommees_parmi).some(function (entry) { return entry[2].named; });
            }
            return answer;
          });
        });
      });
    });
  }

  function sheetId(url) {
    var parts = url.split("/").filter(Boolean);
    if (parts[parts.length - 1] === "index.html") { parts.pop(); }
    return parts[parts.length - 1];
  }

  function sheetHref(url) {
    return new URL("fiches/" + sheetId(url) + "/index.html", root).href;
  }

  var LATER = { brouillon: 1, archivee: 2 };  // as kb.search.engine.LATER

  /* The first `count` results' pages (Pagefind's data), drafts after validated sheets. */
  function pages(answer, count) {
    return Promise.all(answer.results.slice(0, count).map(function (r) { return r.data(); })).then(function (data) {
      return data.map(function (d, i) { return [LATER[(d.meta && d.meta.statut) || ""] || 0, i, d]; })
        .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
        .map(function (entry) { return entry[2]; });
    });
  }

  window.relierRecherche = { search: search, pages: pages, sheetId: sheetId };

  /* ---- the header's and the home page's boxes: results as one types (ARIA 1.2 combobox) ---- */
  var boxes = 0;
  function suggest(form) {
    var input = form.querySelector("input[type=search]");
    if (!input) { return; }
    var list = document.createElement("ul");
    var id = "relier-suggestions-" + (++boxes);
    list.id = id;
    list.className = "relier-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Fiches trouvées");
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    var status = document.createElement("span");
    status.className = "relier-sr-only";
    status.setAttribute("role", "status");
    form.appendChild(status);
    var active = -1, timer = null, asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) { return; }
      active = (index + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }
    function show(text) {
      var ticket = ++asked;
      search(text).then(function (answer) {
        if (ticket !== asked) { return; }
        return pages(answer, 6).then(function (data) {
          if (ticket !== asked) { return; }
          list.textContent = "";
          data.forEach(function (d, i) {
            var item = document.createElement("li");
            item.id = id + "-" + i;
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            item.setAttribute("data-href", sheetHref(d.url));
            item.textContent = (d.meta && d.meta.title) || sheetId(d.url);
            list.appendChild(item);
          });
          var all = document.createElement("li");
          all.id = id + "-tout";
          all.setAttribute("role", "option");
          all.setAttribute("aria-selected", "false");
          all.className = "relier-suggestions-all";
          all.setAttribute("data-href", form.action + "?q=" + encodeURIComponent(text));
          all.textContent = answer.nothingGood ? "Résultats incertains : voir la page de recherche" :
            "Tous les résultats (" + answer.total + ")";
          list.appendChild(all);
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
          active = -1;
          status.textContent = answer.nothingGood ? "Résultats incertains." : data.length + " fiches proposées.";
        });
      }).catch(function () { close(); });
    }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      timer = window.setTimeout(function () { show(text); }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) { if (input.value.trim().length >= 2) { show(input.value.trim()); } return; }
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); } else { input.value = ""; }
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        var option = list.querySelectorAll("[role=option]")[active];
        if (option) { window.location.href = option.getAttribute("data-href"); }
      }
    });
    list.addEventListener("mousedown", function (event) {  // before the box loses focus
      var option = event.target.closest("[role=option]");
      if (option) { event.preventDefault(); window.location.href = option.getAttribute("data-href"); }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  /* ---- /recherche/: results, « vouliez-vous dire », « rien de pertinent », filters folded away ---- */
  function page(box) {
    var params = new URLSearchParams(window.location.search);
    var form = box.querySelector("form");
    var input = box.querySelector("input[type=search]");
    var status = box.querySelector("[data-relier-statut]");
    var list = box.querySelector("[data-relier-resultats]");
    var facets = box.querySelector("[data-relier-filtres]");
    var chosen = {};
    var asked = 0;

    function item(d) {
      var li = document.createElement("li");
      var title = document.createElement("a");
      title.href = sheetHref(d.url);
      title.textContent = (d.meta && d.meta.title) || sheetId(d.url);
      var heading = document.createElement("h2");
      heading.appendChild(title);
      var text = document.createElement("p");
      text.textContent = (d.meta && d.meta.resume) || "";
      li.appendChild(heading);
      li.appendChild(text);
      return li;
    }
    function run() {
      var text = input.value.trim();
      var ticket = ++asked;
      if (!text) { list.textContent = ""; status.textContent = ""; return; }
      status.textContent = "Recherche…";
      search(text, chosen).then(function (answer) {
        return pages(answer, 20).then(function (data) {
          if (ticket !== asked) { return; }
          list.textContent = "";
          status.textContent = "";
          if (answer.corrected && !answer.nothingGood) {
            var fix = document.createElement("p");
            fix.className = "relier-correction";
            fix.textContent = "Résultats pour « " + answer.corrected + " » (vous aviez tapé « " + text + " »).";
            status.appendChild(fix);
          }
          var summary = document.createElement("p");
          if (!answer.results.length || answer.nothingGood) {
            summary.className = "relier-rien";
            // (the rule measures how much of the words the best sheets cover, not whether they answer: above the right
            // sheet as often as above none — README, « Search » — so it says what it knows)
            summary.innerHTML = (answer.results.length
              ? "<strong>Aucune fiche ne correspond à toute votre recherche.</strong> Celles ci-dessous n'en partagent " +
                "qu'une partie : vérifiez qu'elles répondent à la situation. "
              : "<strong>Aucune fiche ne correspond à cette recherche.</strong> ") +
              "Essayez d'autres mots, ou parcourez les fiches : <a href=\"" + new URL("explorer/index.html", root).href +
              "\">explorateur</a> (publics, secteurs, thèmes combinés), <a href=\"" +
              new URL("publics/index.html", root).href + "\">par public</a>, <a href=\"" +
              new URL("themes/index.html", root).href + "\">par thème</a>.";
          } else {
            summary.textContent = answer.total + (answer.total > 1 ? " fiches trouvées" : " fiche trouvée") +
              (answer.total > data.length ? ", les " + data.length + " plus proches :" : ".");
          }
          status.appendChild(summary);
          data.forEach(function (d) { list.appendChild(item(d)); });
        });
      }).catch(function () { unavailable(box); });
    }
    function facetsShow(e) {
      e.pagefind.filters().then(function (all) {
        facets.textContent = "";
        var order = ["Public", "Secteur", "Mode", "Thème", "Niveau de preuve"];  // search_bundle.FILTERS
        var rank = function (name) { var i = order.indexOf(name); return i < 0 ? order.length : i; };
        Object.keys(all).sort(function (a, b) { return rank(a) - rank(b) || a.localeCompare(b, "fr"); })
          .forEach(function (name) {
          var group = document.createElement("fieldset");
          var legend = document.createElement("legend");
          legend.textContent = name;
          group.appendChild(legend);
          Object.keys(all[name]).sort(function (a, b) { return a.localeCompare(b, "fr"); }).forEach(function (value) {
            var label = document.createElement("label");
            var box = document.createElement("input");
            box.type = "checkbox";
            box.addEventListener("change", function () {
              var values = new Set(chosen[name] || []);
              if (box.checked) { values.add(value); } else { values.delete(value); }
              if (values.size) { chosen[name] = Array.from(values); } else { delete chosen[name]; }
              run();
            });
            label.appendChild(box);
            label.appendChild(document.createTextNode(" " + value + " (" + all[name][value] + ")"));
            group.appendChild(label);
          });
          facets.appendChild(group);
        });
      });
    }
    input.value = params.get("q") || "";
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value.trim());
      window.history.replaceState(null, "", url);
      document.querySelectorAll("form.relier-search input[type=search]").forEach(function (i) { i.value = input.value; });
      run();
    });
    var timer = null;
    input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(run, 250); });
    // the filters' lists are fetched when « Affiner » is opened (on a large base, a part of the
    // first search's bytes that most readers never use)
    var folded = facets.closest("details");
    var shown = false;
    function facetsOnce(e) { if (!shown) { shown = true; facetsShow(e); } }
    load().then(function (e) {
      if (!folded || folded.open) { facetsOnce(e); }
      else { folded.addEventListener("toggle", function () { if (folded.open) { facetsOnce(e); } }); }
      run();
    }).catch(function () { unavailable(box); });
  }

  function unavailable(box) {
    if (box.querySelector(".relier-indisponible")) { return; }
    var note = document.createElement("div");
    note.className = "admonition note relier-indisponible";
    note.innerHTML = "<p class=\"admonition-title\">Recherche indisponible ici</p><p>La recherche fonctionne quand " +
      "le site est servi par un serveur web, même sans connexion internet (intranet, ou « kb serve » sur votre poste). " +
      "Ouvert directement depuis le disque, utilisez l'<a href=\"" + new URL("explorer/index.html", root).href +
      "\">explorateur</a>, qui filtre toutes les fiches sans serveur.</p>";
    box.insertBefore(note, box.firstChild);
  }

  function start() {
    var query = new URLSearchParams(window.location.search).get("q");
    document.querySelectorAll("form.relier-search, form.relier-home-search").forEach(function (form) {
      var input = form.querySelector("input[type=search]");
      if (input && query && form.classList.contains("relier-search")) { input.value = query; }
      if (window.location.protocol !== "file:") { suggest(form); }
    });
    var box = document.getElementById("relier-recherche");
    if (box) {
      if (window.location.protocol === "file:") { unavailable(box); } else { page(box); }
    }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
