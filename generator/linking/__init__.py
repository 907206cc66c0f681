"""Stage 4, linking: all briefs together, the actor registry, cross-brief links, the rebuild cache."""
