"""Site-wide code: the Django project, home page, site settings, shared blocks and taxonomies.

Installed as ``carers_site`` (see pyproject.toml for why the folder is called ``site``).
"""
