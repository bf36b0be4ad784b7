"""Writing the organisations' action lists, and importing their answers."""
