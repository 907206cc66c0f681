"""Stage 6, publishing: the whole site by path, open data, feed, JSON-LD, search index, files on disk."""
