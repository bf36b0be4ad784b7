"""Presentation mode: the agenda on the meeting-room screen, live, readable from the back row."""
