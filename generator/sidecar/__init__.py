"""Stage 2, the sidecar format: YAML -> typed, immutable model values, every node located for errors."""
