"""The window and what frames it: application set-up, main window, rail, top bar, notices,
language, theme, screenshots.
"""
