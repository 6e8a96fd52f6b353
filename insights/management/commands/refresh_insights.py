"""Recompute every insights figure and store the snapshot the pages show (scheduled hourly)."""

from django.core.management.base import BaseCommand

from insights.snapshot import refresh


class Command(BaseCommand):
    help = "Recompute the insights figures and store a new snapshot."

    def handle(self, *args, **options):
        snapshot = refresh()
        self.stdout.write(f"Insights computed in {snapshot.duration_ms} ms.")
