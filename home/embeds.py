"""Video embeds built without calling the video host.

Wagtail's default oEmbed finders fetch the provider at save time; this portal
also runs where no outside network is reachable, and visitors should not be
tracked by a video they never played. YouTube links become nocookie players,
Vimeo links Do-Not-Track players.
"""

import re

from django.utils.html import format_html
from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE = re.compile(r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([\w-]{11})")
VIMEO = re.compile(r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(\d+)")


class PrivacyVideoFinder(EmbedFinder):
    """Turns YouTube and Vimeo links into iframes without a network call."""

    def __init__(self, **options):
        self.options = options

    def _player_url(self, url):
        if match := YOUTUBE.match(url):
            return f"https://www.youtube-nocookie.com/embed/{match.group(1)}", "YouTube"
        if match := VIMEO.match(url):
            return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1", "Vimeo"
        return None, None

    def accept(self, url):
        return self._player_url(url)[0] is not None

    def find_embed(self, url, max_width=None, max_height=None):
        player, provider = self._player_url(url)
        html = format_html(
            '<iframe src="{}" title="{}" width="640" height="360" loading="lazy" '
            'allow="fullscreen; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
            player,
            f"{provider} video",
        )
        return {
            "title": "",
            "author_name": "",
            "provider_name": provider,
            "type": "video",
            "thumbnail_url": None,
            "width": 640,
            "height": 360,
            "html": str(html),
        }
