"""`manage.py run_schedule`, which `make run` starts: each periodic command runs, one failure does not stop the rest."""

from datetime import timedelta
from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from inquiries.models import EmailStatus, OpenRequest, OpenRequestStatus, OutboundEmail

from .requests_helpers import in_days, post_request


def test_one_round_closes_past_due_requests_and_retries_the_outbox(
    market, settings, django_capture_on_commit_callbacks
):
    settings.SCHEDULE = [("send_saved_search_alerts", 60), ("close_open_requests", 60), ("deliver_outbox", 10)]
    open_request = post_request(market)
    OpenRequest.objects.filter(pk=open_request.pk).update(needed_by=in_days(-1))
    waiting = OutboundEmail.objects.create(
        to="late@example.com", subject="Retry me", body="Body", attempts=1, next_attempt_at=timezone.now()
    )
    mail.outbox.clear()

    output = StringIO()
    # The alerts command fails here; the other two still run.
    with (
        mock.patch("accounts.management.commands.send_saved_search_alerts.Command.handle", side_effect=RuntimeError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("run_schedule", once=True, stdout=output, stderr=output)

    open_request.refresh_from_db()
    waiting.refresh_from_db()
    assert open_request.status == OpenRequestStatus.CLOSED
    assert waiting.status == EmailStatus.SENT
    assert "send_saved_search_alerts failed: RuntimeError" in output.getvalue()
    assert "late@example.com" in [message.to[0] for message in mail.outbox]
    assert waiting.sent_at > timezone.now() - timedelta(minutes=1)
