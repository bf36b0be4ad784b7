"""The Qt user interface. Everything here calls services; nothing here owns data rules."""
