"""The map in the window: the lägesbild's map view, and placing a place on it."""
