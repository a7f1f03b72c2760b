from django.apps import AppConfig


class CarersSiteConfig(AppConfig):
    name = "carers_site"
    label = "carers_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .languages import install_extra_lang_info
        from .roles import sync_after_migrate

        install_extra_lang_info()
        post_migrate.connect(sync_after_migrate)
