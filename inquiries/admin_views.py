"""(being written)"""

from django.http import Http404
from django.urls import path


def _pending(request, **kwargs):
    raise Http404


urlpatterns = [path("<int:pk>/", _pending, name="detail")]
