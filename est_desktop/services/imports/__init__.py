"""Incidents and survey answers from the files they are reported in.

``tables`` reads a CSV or Excel file into a header and rows, ``values`` reads dates,
times and yes/no as Swedish files write them. ``mapping`` says which column is which
field and what a source's own values mean, saved per source; ``matching`` suggests the
place a name means. ``preview`` checks every row before anything is saved; ``batches``
saves the valid rows as one batch, lists batches and undoes one. ``survey`` holds the
weekly rapportör survey: its factors, its import and its weekly picture.
"""
