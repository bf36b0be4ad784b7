"""Copies of the database: made, checked and restored (``copies``), and thinned by age
(``retention``)."""
