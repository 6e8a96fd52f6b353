"""Close open requests whose date has passed and tell each company: for a daily cron job."""

from django.core.management.base import BaseCommand

from inquiries.services import close_past_due_requests


class Command(BaseCommand):
    help = "Close open requests whose 'needed by' date has passed, and e-mail each company."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue", action="store_true", help="Hand the work to the task queue instead of doing it now."
        )

    def handle(self, *args, queue=False, **options):
        if queue:
            from inquiries.tasks import close_past_due_open_requests

            close_past_due_open_requests.enqueue()
            self.stdout.write("Queued.")
            return
        closed = close_past_due_requests()
        self.stdout.write(f"{closed} open request(s) closed.")
