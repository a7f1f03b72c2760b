"""Running the site: groups, roles and workflow kept in step after migrate; backup and restore."""
