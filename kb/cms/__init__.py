"""The web editor (/admin/): Decap CMS configured from the schemas and vocabularies."""
