"""What every view shares: the store the views read and write through, background
tasks, messages, remembered state, table models and views, labels and small widgets."""
