"""show layer (see DESIGN.md)."""
