"""Tools for authors that run before the pipeline: a first sidecar drafted from a captured article."""
