"""Use cases in plain Python. Nothing here imports Qt."""

# The audit trail records every change made through a session, from the window and
# the command line alike, once its session events are registered.
from . import audit  # noqa: E402, F401
