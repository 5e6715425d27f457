"""Converters from other timeline formats (TimelineJS, SIMILE Timeline, CSV) into content packs.

Each reader turns its source into a ``Draft`` (cards, eras and the pack's title, in plain
text) and a ``ConversionReport`` of what could not be carried over; ``pack_writer`` turns the
draft into a pack folder in the current format. docs/importing.md describes every mapping.
"""
