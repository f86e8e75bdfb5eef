"""overlays layer (see DESIGN.md)."""
