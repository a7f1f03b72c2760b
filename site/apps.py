from django.apps import AppConfig


class CarersSiteConfig(AppConfig):
    name = "carers_site"
    label = "carers_site"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .languages import install_extra_lang_info

        install_extra_lang_info()
