"""The photos of an article: list, details form, import worker."""
