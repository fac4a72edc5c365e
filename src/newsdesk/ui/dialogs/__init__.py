"""Stand-alone dialogs: site settings, backup and restore."""
