"""A coordinator's own school in figures on the Wagtail dashboard, and nobody else's."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import AccountKind
from inquiries.models import Inquiry
from schools.tenancy import grant_school_role
from tests.accounts.factories import make_account


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def staff(school, role):
    user = make_account(kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(school, user, role)
    return user


def test_a_coordinator_sees_their_schools_figures(client, world):
    # The inquiry of last month moves out of the last 30 days whatever today's date (it stays in the 90-day median).
    received = timezone.now() - timedelta(days=40)
    Inquiry.objects.filter(offering=world.offering_a2).update(
        created_at=received, first_response_at=received + timedelta(hours=6)
    )
    html = dashboard(client, staff(world.school_a, "moderator"))
    assert 'id="school-figures-' in html
    assert "Your school in figures over the last 30 days." in html
    assert '<th scope="row">Showcase views</th><td>10</td>' in html
    assert '<th scope="row">Offering views</th><td>5</td>' in html
    assert '<th scope="row">Inquiries received</th><td>2</td>' in html  # not the unconfirmed one
    assert '<th scope="row">Quotes accepted</th><td>1</td>' in html
    assert "<td>4 hours</td>" in html  # median of 2, 4 and 6 hours over 90 days
    assert "Tortas: 5 views" in html
    # Its categories' searches that found nothing (catering): "tortas" three times.
    assert "3 in the last 3 months." in html
    assert "“tortas”: 3 searches" in html
    assert "drone filming" not in html


def test_teachers_and_other_schools_coordinators_do_not_see_them(client, world):
    assert 'id="school-figures-' not in dashboard(client, staff(world.school_a, "editor"))
    client.logout()
    html = dashboard(client, staff(world.school_b, "moderator"))
    assert "Rīgas tehnikums" in html
    assert '<th scope="row">Showcase views</th><td>7</td>' in html
    assert "Tortas" not in html and "Kauno mokykla" not in html
