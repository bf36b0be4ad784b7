"""The minutes of a meeting: ``gather`` collects them (``data``), ``to_docx`` writes Word."""
