"""Use cases in plain Python. Nothing here imports Qt.

The audit trail records the changes of every session once ``audit.install_listeners``
has run; the entry points call it where they open a database (``bootstrap``).
"""
