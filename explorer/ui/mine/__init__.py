"""My collection: the reader's stars, named collections and notes, the view that lists them,
and the row on the card page that keeps a card."""
