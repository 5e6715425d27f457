"""The explorer's state as a person sees it, without Qt: what they searched, chose and opened.

Views observe a ``Session`` and send it intents; see ``session.Session``.
"""
