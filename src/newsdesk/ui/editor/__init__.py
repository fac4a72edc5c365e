"""Editing one article: the form, the Markdown editor, the preview, autosave and save conflicts."""
