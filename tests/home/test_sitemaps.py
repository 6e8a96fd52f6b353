"""Sitemaps per language and robots.txt."""

from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from tests.offerings.factories import make_offering

pytestmark = pytest.mark.django_db
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [loc.text for loc in ElementTree.fromstring(response.content).iter(f"{{{SITEMAP_NS}}}loc")]


def test_index_points_to_one_sitemap_per_language(client, catalogue):
    assert locations(client, "/sitemap.xml") == [
        f"http://testserver/sitemap-{code}.xml" for code in ["en", "lt", "lv", "pl", "it", "pt"]
    ]


def test_a_language_sitemap_lists_only_pages_written_in_it(client, catalogue):
    offerings, schools, _categories = catalogue
    italian = offerings["it_print"].locale
    school = schools["kaunas"].copy_for_translation(italian)
    school.save_revision().publish()
    chairs = offerings["lt_chairs"].copy_for_translation(italian)
    chairs.title = "Sedie di quercia"
    chairs.save_revision().publish()
    make_offering(schools["bologna"], "Bozza", live=False, slug="bozza")
    private = make_offering(schools["bologna"], "Privato", slug="privato")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    italian_urls = locations(client, "/sitemap-it.xml")
    assert "http://testserver/it/schools/bologna/it-print/" in italian_urls
    chairs.refresh_from_db()
    assert "http://testserver/it/schools/kaunas/sedie-di-quercia/" in italian_urls  # slug from the Italian title
    # The Lithuanian cake is reachable under /it/ but is not Italian text.
    assert not any("lt-cake" in url for url in italian_urls)
    assert not any(slug in url for url in italian_urls for slug in ["bozza", "privato"])
    assert "http://testserver/lt/schools/kaunas/lt-cake/" in locations(client, "/sitemap-lt.xml")


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /*/search/" in response.content.decode()
