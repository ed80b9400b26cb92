"""Qt widgets of the classroom window; each module holds one widget."""
