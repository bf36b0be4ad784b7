"""The map of the lägesbild: where places are, the kommun's outline, and incidents per place
on it. ``geo`` reads positions, ``outline`` the boundaries that ship with the app,
``positions`` saves and merges places, ``counts`` gathers a map's numbers and
``picture`` draws it (matplotlib, loaded on the first map drawn)."""
