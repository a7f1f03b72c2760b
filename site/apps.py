from django.apps import AppConfig


class CarersSiteConfig(AppConfig):
    name = "carers_site"
    label = "carers_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.signals import page_published

        from . import privacy
        from .languages import install_extra_lang_info
        from .page_cache import connect_purge_signals
        from .roles import editors_publish_in_new_section, sync_after_migrate
        from .security import add_nonce_to_chooser_widgets
        from .short_links import make_short_link_on_publish
        from .site_wide import use_kept_locales

        install_extra_lang_info()
        add_nonce_to_chooser_widgets()  # Content Security Policy nonces on Wagtail's chooser scripts (security.py)
        post_migrate.connect(sync_after_migrate)
        # Page subclasses send post_save with their own class as sender, so listen for any sender.
        post_save.connect(editors_publish_in_new_section, dispatch_uid="carers_site.editors_publish_in_new_section")
        page_published.connect(make_short_link_on_publish, dispatch_uid="carers_site.short_link_on_publish")
        # The page cache is purged when pages, crisis lines, taxonomy terms or settings change (page_cache.py).
        connect_purge_signals()
        # Locales and view restrictions are read once per process, not on every request (site_wide.py, privacy.py).
        use_kept_locales()
        privacy.use_kept_restrictions()
        privacy.connect_signals()
