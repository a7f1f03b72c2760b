"""Private pages: serving them to the right people, and staff asking for access. Which pages are
private, and whether a visitor may read one, is carers_site.core.privacy."""
