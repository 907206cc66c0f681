"""Stage 3, anchoring: each quote and note anchor -> one exact span in the article text; a ``Brief``."""
