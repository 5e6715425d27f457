"""By the numbers: the collection's figures as charts, or as a table.

pyqtgraph is imported only by the modules of this package that draw, so the window imports
them when the view is first opened, never on the way to its first paint.
"""
