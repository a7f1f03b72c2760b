from django.apps import AppConfig


class CarersSiteConfig(AppConfig):
    name = "carers_site"
    label = "carers_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.signals import page_published, page_unpublished

        import carers_site.audio.drafts  # noqa: F401  (connects the audio draft receivers)
        import carers_site.sharing.leaflet_pdf  # noqa: F401  (connects the receivers that make leaflets' PDFs)
        from carers_site.caching.page_cache import connect_purge_signals
        from carers_site.core import privacy
        from carers_site.core.languages import install_extra_lang_info
        from carers_site.core.security import add_nonce_to_chooser_widgets
        from carers_site.core.site_wide import new_published_generation, use_kept_locales
        from carers_site.core.spreadsheets import protect_wagtail_exports
        from carers_site.ops.roles import editors_publish_in_new_section, sync_after_migrate
        from carers_site.sharing.short_links import make_short_link_on_publish

        install_extra_lang_info()
        add_nonce_to_chooser_widgets()  # Content Security Policy nonces on Wagtail's chooser scripts (security.py)
        protect_wagtail_exports()  # every admin CSV and Excel export neutralises formulas (spreadsheets.py)
        post_migrate.connect(sync_after_migrate)
        # Page subclasses send post_save with their own class as sender, so listen for any sender.
        post_save.connect(editors_publish_in_new_section, dispatch_uid="carers_site.editors_publish_in_new_section")
        page_published.connect(make_short_link_on_publish, dispatch_uid="carers_site.short_link_on_publish")
        # The page cache is purged when pages, crisis lines, taxonomy terms or settings change (page_cache.py).
        connect_purge_signals()
        # Locales and view restrictions are read once per process, not on every request (site_wide.py, privacy.py).
        use_kept_locales()
        # Rankings and filter options that depend on which pages are live (site_wide.remembered_until_published).
        page_published.connect(new_published_generation, dispatch_uid="carers_site.published_generation")
        page_unpublished.connect(new_published_generation, dispatch_uid="carers_site.unpublished_generation")
        privacy.use_kept_restrictions()
        privacy.connect_signals()
