"""The cards: the grid, its model and delegate, the card page, search and the Refine column,
thumbnails.
"""
