"""Wagtail search backends tuned for a portal written in many languages."""


class SearchUnavailable(Exception):
    """The search engine could not answer (unreachable, timed out, index missing)."""
