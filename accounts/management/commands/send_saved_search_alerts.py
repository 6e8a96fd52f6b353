"""Queue the e-mail alerts of saved searches; schedule it (hourly or daily) with cron or a timer."""

from django.core.management.base import BaseCommand

from accounts.models import SavedSearch
from accounts.tasks import send_saved_search_alert


class Command(BaseCommand):
    help = "E-mail each account whose saved searches found offerings published since the last alert."

    def handle(self, *args, **options):
        ids = SavedSearch.objects.filter(alerts_enabled=True, user__is_active=True).values_list("pk", flat=True)
        count = 0
        for saved_search_id in ids.iterator():
            send_saved_search_alert.enqueue(saved_search_id)
            count += 1
        self.stdout.write(f"Queued {count} saved search alert(s).")
