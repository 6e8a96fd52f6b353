"""Send stored e-mails that are due: for a cron job, or by hand after a mail outage."""

from django.core.management.base import BaseCommand

from inquiries.outbox import deliver_due


class Command(BaseCommand):
    help = "Send the outbox's e-mails whose next attempt is due."

    def handle(self, *args, **options):
        sent = deliver_due()
        self.stdout.write(f"{sent} e-mail(s) sent.")
