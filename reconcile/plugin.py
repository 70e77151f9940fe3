"""Datasette plugin of the claims desk (event pages, editor login, decisions)."""
