"""The settings dialog: feeds and sections, general, reading and network preferences."""
