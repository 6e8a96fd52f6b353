"""Project set-up: production settings, languages, embeds."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedUnsupportedProviderException
from wagtail.models import Locale

ROOT = Path(__file__).resolve().parents[2]


def load_production_settings(**env):
    clean = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings.production as s; print(s.ALLOWED_HOSTS)"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_production_settings(ALLOWED_HOSTS="vet2b.eu")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_production_settings(SECRET_KEY="x" * 50)
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_its_variables():
    result = load_production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="vet2b.eu,www.vet2b.eu")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['vet2b.eu', 'www.vet2b.eu']"


@pytest.mark.django_db
def test_every_configured_language_gets_a_locale_on_migrate(settings):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "lt", "lv", "pl", "it", "pt"}
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("de", "Deutsch")]):
        call_command("migrate", verbosity=0)
    assert Locale.objects.filter(language_code="de").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "player"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_video_links_become_privacy_friendly_players_without_network(url, player):
    embed = get_embed(url)
    assert f'src="{player}"' in embed.html
    assert 'title="' in embed.html  # iframes need an accessible name


@pytest.mark.django_db
def test_other_video_hosts_are_refused_without_a_network_call():
    with pytest.raises(EmbedUnsupportedProviderException):
        get_embed("https://example.org/some-video")
