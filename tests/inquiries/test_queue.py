"""The durable queue `make run` and production use: e-mails wait in the database until the worker runs."""

from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from inquiries.models import EmailStatus, OutboundEmail
from tests.inquiries.admin_helpers import make_inquiry


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_worker_sends_what_the_web_request_queued(market, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_inquiry(market)
    # Stored and queued, not sent: the web request does not wait for the mail server.
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path="inquiries.tasks.deliver_email", status="READY").count() == 3

    # The worker closes "old" connections between tasks; inside the test's transaction that would
    # be the test's own connection, so it stays open here.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, no_startup_delay=True, stdout=StringIO(), stderr=StringIO())

    assert len(mail.outbox) == 3
    assert set(OutboundEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}
    assert not DBTaskResult.objects.filter(status="READY").exists()
