"""Test runs: fast hashing, throwaway media, no outside services."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="vet2b-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Elasticsearch integration tests opt in explicitly; everything else uses the
# database backend, even when ELASTICSEARCH_URL is set in the shell.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
