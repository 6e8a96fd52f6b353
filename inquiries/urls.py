"""Public pages of inquiries and open requests, under each language prefix at /<lang>/inquiries/."""

from . import request_views, views

app_name = "inquiries"

urlpatterns = [*views.urlpatterns, *request_views.urlpatterns]
