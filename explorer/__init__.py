"""Italy–Kazakhstan Cultural Explorer."""
