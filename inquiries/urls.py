"""Public pages of inquiries and open requests, under each language prefix at /<lang>/inquiries/."""

from . import request_views, views

app_name = "inquiries"

# Requests first: the thread's catch-all `<str:key>/` would otherwise take `requests/`.
urlpatterns = [*request_views.urlpatterns, *views.urlpatterns]
