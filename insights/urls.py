"""The insights pages, under each language prefix at /<lang>/insights/."""

from .views import app_name, urlpatterns  # noqa: F401
