"""The site: generate the MkDocs docs tree from the Corpus, then publish it with MkDocs."""
