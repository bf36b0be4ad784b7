"""Use cases in plain Python. Nothing here imports Qt."""
