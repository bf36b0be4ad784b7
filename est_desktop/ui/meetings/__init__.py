"""The meetings list and a meeting's workspace: the agenda, attendance, the review of
open actions, incidents and actions recorded at an item, the next meeting, the export."""
