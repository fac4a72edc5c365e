"""Newsdesk — a desktop newsroom editor for small local newspapers."""

__version__ = "0.1.0"
