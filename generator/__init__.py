"""newsbriefs: annotated news briefs from articles and YAML sidecars.

The core (every module but ``plugin``) imports nothing from MkDocs, so the
same briefs can be rendered for any Markdown publisher (``briefs render``).
"""
