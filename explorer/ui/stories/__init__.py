"""Guided stories: the list of a collection's stories and the player that reads one."""
