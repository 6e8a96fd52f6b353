"""Background work of the accounts app."""

from django_tasks import task

from .alerts import send_alert
from .models import SavedSearch


@task()
def send_saved_search_alert(saved_search_id):
    """Check one saved search for new results and e-mail them; returns how many were sent."""
    saved = SavedSearch.objects.select_related("user", "user__profile").filter(pk=saved_search_id).first()
    return send_alert(saved) if saved else 0
