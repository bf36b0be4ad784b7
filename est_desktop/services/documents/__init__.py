"""What every written file shares: the Swedish wording of documents (``wording``), Word
helpers (``word``), writing without a half-written file (``safe_write``), file names
(``file_names``) and tables as CSV or for the clipboard (``table_export``)."""
