"""Production: no defaults for secrets or hosts, so a misconfiguration fails at start."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, MIDDLEWARE, SECRET_KEY, TASK_BACKENDS, require

DEBUG = False
SECRET_KEY = require("SECRET_KEY", SECRET_KEY)
ALLOWED_HOSTS = require("ALLOWED_HOSTS", ALLOWED_HOSTS)
# Always the durable queue, worked by `manage.py db_worker` beside the web server.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["database"]}}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Static files straight from the application server, compressed and cache-busted.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
