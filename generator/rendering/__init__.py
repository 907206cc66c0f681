"""Stage 5, rendering: briefs and listings -> Markdown pages (pure functions; nothing is written)."""
