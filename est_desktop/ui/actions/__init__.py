"""The action register with its bulk changes, and a desk's own organisation's actions."""
