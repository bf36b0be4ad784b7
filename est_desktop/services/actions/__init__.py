"""Actions (åtgärder): deciding them at a meeting (``decisions``), reviewing them
until done, their rows and history, the register across meetings (``register``), bulk
changes (``bulk``) and what a desk answers for its own organisation (``my_actions``)."""
