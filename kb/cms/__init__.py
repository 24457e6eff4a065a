"""The web editor (/admin/): Decap CMS, configured from the schemas and the vocabularies.

Why Decap CMS (npm `decap-cms` 3.16.3) rather than Sveltia CMS (`@sveltia/cms`, 0.x):
- a local backend that a test can drive: `decap-server` (npm) writes saved entries into the
  working tree; Sveltia's local mode uses the browser's File System Access API (a native folder
  picker), which headless Chromium cannot answer without faking the API;
- open authoring (outsiders propose through a fork) on its GitHub backend; Sveltia does not offer it;
- a Gitea backend, which Forgejo speaks too; a French interface in the bundle (`locale: fr`);
- version 3, maintained, with a documented event API (`preSave`) and preview templates, used
  here for kb check's browser rules and the preview.
Its cost: the bundle is large (6.5 MB of JavaScript and WebAssembly, measured, loaded only by
/admin/), its markup needed a few accessible names (relier-admin.js) and its editor bar a narrow-
screen rule (admin.css). Sveltia's bundle is said to be much smaller: not measured here.
"""
