"""Action lists out to the organisations and their answers back: ``gather`` collects
each organisation's list (``data``) and writes it with ``to_docx`` and ``to_xlsx``;
``from_xlsx`` reads an answered workbook and ``answers`` applies what the convener accepts."""
