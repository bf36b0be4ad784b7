"""The lägesbild page: its filters, the charts with their tables, and the map tab."""
