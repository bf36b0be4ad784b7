"""Meetings: the agenda and its items (``agenda``), who attended (``participants``) and
what the meeting-room screen shows (``presentation``)."""
