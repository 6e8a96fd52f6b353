"""Settings shared by every environment.

This is the one module that reads the environment. Development defaults are
safe and local; `production.py` refuses to start without its secrets.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env(name, default=None):
    """Read one environment variable; empty counts as unset."""
    return os.environ.get(name, "").strip() or default


def require(name, value):
    """Fail at start-up when a setting that has no safe default is missing."""
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in (env(name) or default).split(",") if item.strip()]


# --- Environment -----------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
REDIS_URL = env("REDIS_URL")
SMTP_HOST = env("SMTP_HOST")
SMTP_PORT = int(env("SMTP_PORT", "587"))
SMTP_USER = env("SMTP_USER", "")
SMTP_PASSWORD = env("SMTP_PASSWORD", "")
SMTP_USE_TLS = env_bool("SMTP_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "VET2B <noreply@localhost>")
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0"))
ELASTICSEARCH_INDEX = env("ELASTICSEARCH_INDEX", "vet2b")
DEEPL_API_KEY = env("DEEPL_API_KEY")
DEEPL_GLOSSARY_IDS = env("DEEPL_GLOSSARY_IDS", "")

# --- Applications ----------------------------------------------------------
INSTALLED_APPS = [
    "home",
    "schools",
    "offerings",
    "search",
    "translations",
    "students",
    "accounts",
    "inquiries",
    "insights",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "corsheaders",
    "ninja",  # serves the API docs' scripts locally instead of from a CDN
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # Wagtail's PostgreSQL search index uses its GIN indexes
    "axes",  # login rate limiting (see AXES_* below)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "schools.middleware.AdminTenancyMiddleware",
    "translations.middleware.TranslatorLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A publication refused for a student named without consent becomes a message in the editor.
    "students.publishing.PublishRefusedMiddleware",
    # Last, so it turns a lockout raised anywhere into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

# Other sites' browsers may read the public API (only the API) from these origins.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Data ------------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write to one file: write-ahead logging lets
    # them read while the other writes, and each write transaction takes the lock up
    # front (the worker's queue needs EXCLUSIVE) instead of failing halfway with "locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "EXCLUSIVE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }

# Background work: search indexing, e-mail, translation notices. "database" keeps a
# durable queue that `manage.py db_worker` runs (`make run` starts one beside the web
# server); "immediate" runs each task at once in the process that asks, for tests and scripts.
TASK_QUEUE = env("TASK_QUEUE", "immediate")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASK_QUEUE not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASK_QUEUE must be one of {', '.join(TASK_BACKENDS)}, not {TASK_QUEUE!r}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_QUEUE]}}

# Periodic work: (management command, minutes between runs). `manage.py run_schedule`
# runs them (`make run` starts it); cron calling the same commands does as well.
SCHEDULE = [
    ("deliver_outbox", 10),
    ("close_open_requests", 60),
    ("send_saved_search_alerts", 60),
    ("refresh_insights", 60),
]

# --- Inquiries -------------------------------------------------------------
# How many schools may answer one open request, so a company is not flooded.
OPEN_REQUEST_MAX_ANSWERS = int(env("OPEN_REQUEST_MAX_ANSWERS", "5"))
# Public forms: a form sent sooner than this after it was shown is a robot's.
FORM_MIN_FILL_SECONDS = 3
# Inquiries and open requests per client address and per account: (count, seconds).
FORM_RATE_LIMITS = {"address": (5, 3600), "account": (20, 86400)}

# --- Insights --------------------------------------------------------------
# Search words that found nothing are named on the insights pages only when at
# least this many searches asked them, so a rare query cannot point at a person.
INSIGHTS_MIN_SEARCHES = 3
# Showcase and offering views are counted in memory and stored in batches (insights/pageviews.py):
# a batch is queued when it holds this many pages-and-days, or its oldest view is this many seconds old.
PAGE_VIEW_BATCH_SIZE = int(env("PAGE_VIEW_BATCH_SIZE", "200"))
PAGE_VIEW_BATCH_SECONDS = int(env("PAGE_VIEW_BATCH_SECONDS", "60"))

# --- Mail ------------------------------------------------------------------
if SMTP_HOST:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": SMTP_HOST,
                "port": SMTP_PORT,
                "username": SMTP_USER,
                "password": SMTP_PASSWORD,
                "use_tls": SMTP_USE_TLS,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# --- Authentication --------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The rate limit is checked first; an account's username is its e-mail address (see accounts/backends.py).
AUTHENTICATION_BACKENDS = ["accounts.backends.RateLimitBackend", "accounts.backends.EmailBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "accounts:login"
# Login rate limit, public site and Wagtail admin alike: an account or a client
# address is locked for AXES_COOLOFF_TIME after AXES_FAILURE_LIMIT failures.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "accounts.backends.axes_username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# The client address is REMOTE_ADDR: a reverse proxy in front must set it to the visitor's address.

# --- Languages -------------------------------------------------------------
# The six portal languages; a seventh needs an entry here, a Locale row and a
# catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("pl", "Polski"),
    ("it", "Italiano"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Vilnius"
USE_TZ = True

# Names of the languages schools can work in, beyond the six portal languages.
WORKING_LANGUAGES = [
    *LANGUAGES,
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
]

# --- Static and media ------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "VET2B"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Moderation e-mails: "submitted" goes to the school's coordinators, "approved" and
# "changes requested" back to the teacher. Site administrators are not mailed
# for every school's submission.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

if ELASTICSEARCH_URL:
    # One Elasticsearch index per content language; the database index is kept
    # current beside it so searches fall back to it while Elasticsearch is down.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": ELASTICSEARCH_INDEX,
            "TIMEOUT": 3,  # seconds; a slow cluster must not hold up a search or a publish for long
        },
        "database": {"BACKEND": "search.backends.database"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# Machine translation drafts: DeepL with the portal's glossaries when a key is
# set, otherwise a development stand-in that only labels the strings.
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.PortalDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "GLOSSARIES": DEEPL_GLOSSARY_IDS},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translations.machine.DevelopmentTranslator"}

# A page sent for translation starts as a draft in the new language, not as a live
# copy of the original's text under the new language's address; visitors meanwhile
# read the original with a note. Its translator publishes it once it is translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Video links become players without calling the video host (see home/embeds.py).
WAGTAILEMBEDS_FINDERS = [{"class": "home.embeds.PrivacyVideoFinder"}]
