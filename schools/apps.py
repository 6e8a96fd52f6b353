from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "schools"

    def ready(self):
        from . import signals  # noqa: F401  (connects the school set-up to page creation)
