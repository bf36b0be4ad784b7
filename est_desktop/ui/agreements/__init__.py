"""The follow-up of the agreement, its goals, and making the next agreement period."""
