"""The reports to the ledningsgrupp: the follow-up of any period (``follow_up``) and the
end-of-period report (``final``), from the facts both share (``common``), written to
Word by ``follow_up_docx`` and ``final_docx`` with ``docx_parts``; ``write`` is the
entry point."""
