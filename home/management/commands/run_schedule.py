"""Run the portal's periodic commands (settings.SCHEDULE) at their intervals, in one long-lived process.

`make run` starts it beside the web server and the worker, so a development
portal sends saved-search alerts, retries the outbox and closes past-due open
requests without cron. Production may run it the same way, or call the same
commands from cron.
"""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the commands of settings.SCHEDULE every so many minutes; --once runs each one now and stops."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run every scheduled command once, then stop")

    def handle(self, *args, once=False, **options):
        next_run = dict.fromkeys((name for name, _minutes in settings.SCHEDULE), 0.0)
        while True:
            for name, minutes in settings.SCHEDULE:
                if time.monotonic() >= next_run[name]:
                    self._run(name)
                    next_run[name] = time.monotonic() + minutes * 60
            if once:
                return
            time.sleep(30)

    def _run(self, name):
        try:
            call_command(name, stdout=self.stdout, stderr=self.stderr)
        except Exception as error:  # one failing command must not stop the others
            self.stderr.write(f"{name} failed: {type(error).__name__}: {error}")
