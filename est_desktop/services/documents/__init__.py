"""What every written file shares: how it is written (``options``: language and template),
the document every export starts from (``template``: ours or the kommun's own), the words
of documents in Swedish or English (``wording``, ``english``), Word helpers (``word``),
writing without a half-written file (``safe_write``), a PDF beside a Word file (``pdf``),
file names (``file_names``) and tables as CSV or for the clipboard (``table_export``)."""
