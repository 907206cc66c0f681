"""Stage 1, reading: raw article files (.txt, .md, .html) -> ``Article`` (clean text and metadata)."""
