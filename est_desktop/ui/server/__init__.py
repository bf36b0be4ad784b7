"""Connecting to a shared server and logging in."""
