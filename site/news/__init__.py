"""News pages and their RSS and Atom feeds."""
