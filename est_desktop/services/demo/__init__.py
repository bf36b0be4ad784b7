"""Demo data: ten weeks to try the app (``weeks``), or years of it for measuring
(``years``, with its ``profiles``)."""
