"""Exhibit kiosk mode: the shell and its visit, attract loop, language choice, countdown,
lockdown and PIN, touch, content drop folder.
"""
