"""Background work of inquiries: sending the outbox, closing open requests whose date has passed."""

from django_tasks import task

from . import outbox


@task()
def deliver_email(email_id):
    """Send one stored e-mail; a failure schedules its own retry."""
    return outbox.deliver(email_id)


@task()
def deliver_due_emails():
    """Send every stored e-mail whose next attempt is due."""
    return outbox.deliver_due()


@task()
def close_past_due_open_requests():
    """Close open requests whose date has passed and tell each company (daily, or by `close_open_requests`)."""
    from . import services

    return services.close_past_due_requests()
