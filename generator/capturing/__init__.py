"""Before the pipeline: a news page downloaded into ``briefs/`` with a first sidecar (``briefs capture``)."""
