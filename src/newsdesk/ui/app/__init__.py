"""The application shell: start-up, the main window and its actions, settings, language."""
