"""The article list (model and panel) and the trash."""
