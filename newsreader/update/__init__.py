"""update layer (see DESIGN.md)."""
