"""(being written)"""

from django.http import Http404
from django.urls import path


def _pending(request, **kwargs):
    raise Http404


urlpatterns = [path("requests/<int:pk>/", _pending, name="request")]
