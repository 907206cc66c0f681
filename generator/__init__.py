"""newsbriefs: annotated news briefs from articles and YAML sidecars.

The folders follow the data's path, and dependencies point one way:

    reading/     article files -> Article
    sidecar/     YAML -> validated model (the format and its JSON Schema)
    anchoring/   quotes -> spans; one Brief per article and sidecar
    linking/     all briefs -> Corpus (actor registry, cross-brief links)
    rendering/   Corpus -> Markdown pages (pure)
    publishing/  the whole site by path: pages, open data, feed, JSON-LD, search
    authoring/   author tools that run before the pipeline (``briefs new``)
    capturing/   a news page downloaded into the briefs folder (``briefs capture``)

``plugin`` (MkDocs) and ``cli`` (``briefs``) are the two thin faces. The core
(everything but ``plugin``) imports nothing from MkDocs, so the same briefs
can be rendered for any Markdown publisher (``briefs render``).
"""
