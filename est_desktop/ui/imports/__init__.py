"""Files in: the incident import with its column mapping (``incident_dialog``), the
weekly survey's answers (``survey_dialog``) and the list of imports to undo
(``batches_dialog``)."""
