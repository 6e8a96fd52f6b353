"""(being written)"""

from django.http import Http404
from django.urls import path


def _pending(request, **kwargs):
    raise Http404


urlpatterns = [
    path("confirm/<str:token>/", _pending, name="confirm"),
    path("<str:key>/", _pending, name="thread"),
]
