"""Clicks, typed fields and seconds to translate one offering from Lithuanian into Italian in the admin
(not part of the test suite; issue #4).

Builds a throw-away SQLite database with the demo content, serves it with
`manage.py runserver` (development settings, DEBUG on, so the admin's static
files are served), and drives a headless Chromium through wagtail-localize's
journey in two ways, on the same offering of the first Lithuanian demo school:

  by hand               Translate this page > Italiano > Submit, then Translate, type and Save
                        for every segment, Publish in Italiano, open the live Italian page.
  machine translation   the same, but one click on "Translate with <machine translator>"
                        fills every segment (the development translator labels strings
                        "[it] ..." unless DEEPL_API_KEY is set), then Publish.

Before each journey the Italian page, its translation record and the Italian
translation memory of the offering's strings are deleted (through the ORM,
untimed), so every journey starts from the same state. Human think time is
zero: the seconds are pure UI latency (browser, server, database). A journey
starts by opening the offering's edit page by its address (timed, not counted
as a click), signed in beforehand. Typing counts once per field, whatever its
length; segments and source words are reported so a reader can add human time.

Usage:
    .venv/bin/python bench/translate_offering.py
    ... --runs 5                   journeys per way (default 3; the report gives the median)
    ... --keep                     reuse the database already loaded (skip migrate and load_demo)
    ... --offering-slug SLUG       translate this Lithuanian offering instead
    DATABASE_URL=sqlite:////tmp/other_bench.sqlite3 .venv/bin/python bench/translate_offering.py

DATABASE_URL defaults to sqlite:////tmp/vet2b_translate_bench.sqlite3; the
file is deleted first, so its name must contain "bench". A screenshot of the
final Italian page goes to /tmp/translate_bench.png, the by-hand one to
/tmp/translate_bench_by_hand.png. The machine's load skews the seconds; the
report ends with the load average.
"""

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/vet2b_translate_bench.sqlite3")
# The server runs the same settings: development, DEBUG on.
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
# Playwright's sync API keeps an event loop in this thread; the few ORM calls here are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TARGET_LANGUAGE = "it"
# The submit form lists locales by their native names (settings.LANGUAGES).
TARGET_LOCALE_LABEL = re.compile(r"^\s*(Italiano|Italian)\s*$")
# What the by-hand translator types into each segment: recognisable on the public page.
TYPED_PREFIX = "(IT) "
TIMEOUT_MS = 60_000


# --- The database and the server --------------------------------------------
def sqlite_path():
    url = os.environ["DATABASE_URL"]
    if not url.startswith("sqlite:///"):
        sys.exit(f"This benchmark builds a throw-away SQLite database; DATABASE_URL is {url!r}.")
    return Path(url.removeprefix("sqlite:///"))


def manage(*arguments):
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *arguments], cwd=ROOT, check=True)


def build_database():
    path = sqlite_path()
    if "bench" not in path.name:
        sys.exit(f"Refusing to delete {path}: a benchmark database's name must contain 'bench'.")
    for suffix in ["", "-wal", "-shm", "-journal"]:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    manage("migrate", "--verbosity", "0")
    print(f"Migrated {path} in {time.perf_counter() - started:.0f} s; loading the demo content ...", flush=True)
    started = time.perf_counter()
    manage("load_demo")
    print(f"Demo content loaded in {time.perf_counter() - started:.0f} s.", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(log_path):
    port = free_port()
    log = open(log_path, "w")  # noqa: SIM115 (closed with the server)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"The server stopped (exit code {server.returncode}); see {log_path}.")
        try:
            with urllib.request.urlopen(f"{base_url}/admin/login/", timeout=5) as response:
                if response.status == 200:
                    return server, log, base_url
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    server.terminate()
    sys.exit(f"The server did not answer within 3 minutes; see {log_path}.")


def stop_server(server, log):
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


# --- The content, through the ORM (never during a timed step) -----------------
def setup_django():
    import django

    django.setup()


def choose_offering(slug=None):
    """A live offering of the first Lithuanian demo school (or the one named), and the demo admin's login."""
    from django.db import connection

    from home.management.commands.load_demo import DEMO_ADMIN
    from offerings.models import OfferingPage
    from schools.models import SchoolPage

    offerings = OfferingPage.objects.live().filter(locale__language_code="lt")
    if slug:
        offering = offerings.filter(slug=slug).first()
        if offering is None:
            sys.exit(f"No live Lithuanian offering has the slug {slug!r}.")
    else:
        school = SchoolPage.objects.live().filter(locale__language_code="lt").order_by("path").first()
        if school is None:
            sys.exit("The database holds no Lithuanian school; did load_demo run?")
        offering = offerings.child_of(school).order_by("path").first()
    chosen = {
        "id": offering.pk,
        "title": offering.title,
        "slug": offering.slug,
        "school": offering.get_parent().title,
        "login": DEMO_ADMIN,
    }
    connection.close()  # the server writes to the same SQLite file
    return chosen


def remove_target_translation(offering_id):
    """Delete the offering's Italian page, its translation record and the Italian translation memory of its strings."""
    from django.db import connection
    from wagtail.models import Locale, Page
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    source_page = Page.objects.get(pk=offering_id).specific
    locale = Locale.objects.get(language_code=TARGET_LANGUAGE)
    translated = source_page.get_translation_or_none(locale)
    if translated is not None:
        translated.delete()
    source = TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is not None:
        Translation.objects.filter(source=source, target_locale=locale).delete()
        StringTranslation.objects.filter(locale=locale, translation_of__segments__source=source).delete()
    connection.close()


# --- The journey in the browser -----------------------------------------------
@dataclass
class Journey:
    """One way through the admin: what the user did, and how long each step took."""

    way: str
    clicks: int = 0
    fields: int = 0
    segments: int = 0
    source_words: int = 0
    steps: dict = field(default_factory=dict)
    status_after_submit: str = ""
    public_url: str = ""
    public_title: str = ""

    def click(self, locator):
        self.clicks += 1
        locator.click()

    def fill(self, locator, text):
        self.fields += 1
        locator.fill(text)

    @property
    def seconds(self):
        return sum(self.steps.values())


class Stopwatch:
    """Times one named step of a journey."""

    def __init__(self, journey, step):
        self.journey, self.step = journey, step

    def __enter__(self):
        self.started = time.perf_counter()

    def __exit__(self, *exc):
        self.journey.steps[self.step] = time.perf_counter() - self.started


def sign_in(page, base_url, login):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(login[0])
    page.get_by_label("Password").fill(login[1])
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    if "/login" in page.url:
        sys.exit("Could not sign in to the admin with the demo login.")


def translate(page, base_url, offering, machine):
    from playwright.sync_api import expect

    journey = Journey("machine translation, then publish" if machine else "by hand")
    editor = page.locator(".js-translation-editor")
    translate_buttons = editor.get_by_role("button", name="Translate", exact=True)
    edit_buttons = editor.get_by_role("button", name="Edit", exact=True)

    with Stopwatch(journey, "open the edit page"):
        page.goto(f"{base_url}/admin/pages/{offering['id']}/edit/")
        expect(page.get_by_role("heading", level=1)).to_contain_text(offering["title"])

    with Stopwatch(journey, "Translate this page, choose Italian, submit"):
        # The page header's "Actions" menu holds wagtail-localize's "Translate this page".
        journey.click(page.get_by_role("button", name="Actions", exact=True).first)
        with page.expect_navigation():
            journey.click(page.get_by_role("link", name="Translate this page"))
        journey.click(page.get_by_role("checkbox", name=TARGET_LOCALE_LABEL))
        with page.expect_navigation():
            journey.click(page.get_by_role("button", name="Submit", exact=True))
        # The submit view redirects to the new Italian page, which opens in the translation editor.
        expect(page.get_by_role("button", name=re.compile(r"^Publish in "))).to_be_visible()
        expect(translate_buttons.first).to_be_visible()

    live_link = page.get_by_role("link", name=re.compile("Visit the live page")).filter(visible=True)
    journey.status_after_submit = "live" if live_link.count() else "draft"
    sources = translate_buttons.evaluate_all(
        "buttons => buttons.map(button => button.closest('ul').closest('li').querySelector('p').innerText)"
    )
    journey.segments = len(sources)
    journey.source_words = sum(len(text.split()) for text in sources)

    if machine:
        with Stopwatch(journey, "machine-translate every segment"):
            with page.expect_navigation():
                journey.click(editor.get_by_role("button", name=re.compile(r"^Translate with ")))
            expect(page.get_by_role("button", name=re.compile(r"^Publish in "))).to_be_visible()
            expect(edit_buttons).to_have_count(journey.segments)
        # The title is the first segment; its translation shows under the source text.
        expected_title = edit_buttons.first.evaluate(
            "button => button.closest('ul').closest('li').querySelectorAll('p')[1].innerText"
        )
    else:
        with Stopwatch(journey, "translate every segment by hand"):
            for done, source in enumerate(sources, start=1):
                journey.click(translate_buttons.first)
                journey.fill(editor.get_by_role("textbox"), TYPED_PREFIX + source)
                journey.click(editor.get_by_role("button", name="Save", exact=True))
                # The segment shows "Edit" once the server has stored the translation.
                expect(edit_buttons).to_have_count(done)
        expected_title = TYPED_PREFIX + offering["title"]
    expect(translate_buttons).to_have_count(0)

    with Stopwatch(journey, "Publish in Italiano"):
        publish = page.get_by_role("button", name=re.compile(r"^Publish in "))
        with page.expect_navigation():
            journey.click(publish)
        # wagtail-localize's message: "Published '<title>' in Italiano."
        expect(page.get_by_text(re.compile(r"Published '.*' in "))).to_be_visible()

    with Stopwatch(journey, "open the live Italian page"):
        with page.context.expect_page() as opened:
            journey.click(live_link.first)
        public = opened.value
        public.wait_for_load_state()
        heading = public.get_by_role("heading", level=1)
        expect(heading).to_have_text(expected_title)

    journey.public_url = public.url
    journey.public_title = heading.inner_text()
    if f"/{TARGET_LANGUAGE}/" not in public.url:
        sys.exit(f"The live page opened at {public.url}, not under /{TARGET_LANGUAGE}/.")
    return journey, public


# --- Report -------------------------------------------------------------------
def print_report(offering, journeys):
    ways = {}
    for journey in journeys:
        ways.setdefault(journey.way, []).append(journey)
    runs = len(next(iter(ways.values())))
    print()
    print(f"Offering: {offering['title']!r} ({offering['slug']}) of {offering['school']}, Lithuanian to Italian.")
    print("Think time 0: seconds are UI latency only (runserver, DEBUG on, SQLite, headless Chromium),")
    print(f"the median of {runs} run(s) per way, with the fastest and slowest.")
    print()
    print(
        f"{'way':34} {'clicks':>6} {'fields typed':>12} {'segments':>8} {'source words':>12} "
        f"{'seconds':>8} {'fastest':>8} {'slowest':>8}"
    )
    for way, runs_of_way in ways.items():
        first, totals = runs_of_way[0], [journey.seconds for journey in runs_of_way]
        print(
            f"{way:34} {first.clicks:>6} {first.fields:>12} {first.segments:>8} {first.source_words:>12} "
            f"{statistics.median(totals):>8.1f} {min(totals):>8.1f} {max(totals):>8.1f}"
        )
    for way, runs_of_way in ways.items():
        last = runs_of_way[-1]
        print()
        print(f"{way}, median seconds per step:")
        for step in last.steps:
            print(f"  {step:50} {statistics.median(journey.steps[step] for journey in runs_of_way):6.2f} s")
        print(f"  Italian page right after Submit, before any segment is translated: {last.status_after_submit}")
        print(f"  live Italian page: {last.public_url}")
        print(f"  its title: {last.public_title!r}")
    print()
    print(f"Load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="journeys per way; the report gives the median")
    parser.add_argument("--keep", action="store_true", help="reuse the database already loaded")
    parser.add_argument("--offering-slug", help="slug of the Lithuanian offering to translate")
    parser.add_argument("--screenshot", default="/tmp/translate_bench.png", help="where the final page's picture goes")
    parser.add_argument("--failure-screenshot", default="/tmp/translate_bench_failure.png")
    parser.add_argument("--server-log", default="/tmp/translate_bench_server.log")
    args = parser.parse_args()

    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium not found at {CHROMIUM} (set CHROMIUM_PATH).")
    if args.keep:
        if not sqlite_path().exists():
            sys.exit(f"--keep: {sqlite_path()} does not exist.")
    else:
        build_database()

    setup_django()
    from playwright.sync_api import sync_playwright

    offering = choose_offering(args.offering_slug)
    screenshot = Path(args.screenshot)
    screenshots = {False: screenshot.with_name(f"{screenshot.stem}_by_hand{screenshot.suffix}"), True: screenshot}

    server, log, base_url = start_server(args.server_log)
    print(f"Serving {sqlite_path()} at {base_url} (log: {args.server_log}).", flush=True)
    journeys = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(locale="en-GB", viewport={"width": 1400, "height": 1000})
            context.set_default_timeout(TIMEOUT_MS)
            page = context.new_page()
            sign_in(page, base_url, offering["login"])
            # Warm the server (first requests compile templates and fill caches) without counting it.
            page.goto(f"{base_url}/admin/pages/{offering['id']}/edit/")
            for run in range(1, args.runs + 1):
                # The two ways alternate, so a change in the machine's load touches both.
                for machine in (False, True):
                    remove_target_translation(offering["id"])  # each way starts with no Italian version
                    try:
                        journey, public = translate(page, base_url, offering, machine)
                    except Exception:
                        page.screenshot(path=args.failure_screenshot, full_page=True)
                        print(f"Failed at {page.url}; screenshot: {args.failure_screenshot}", file=sys.stderr)
                        raise
                    public.screenshot(path=str(screenshots[machine]), full_page=True)
                    public.close()
                    journeys.append(journey)
                    print(f"Run {run}, {journey.way}: {journey.seconds:.1f} s.", flush=True)
            browser.close()
    finally:
        stop_server(server, log)

    print_report(offering, journeys)
    print(f"Screenshots: {screenshots[True]} (final Italian page), {screenshots[False]} (by hand).")


if __name__ == "__main__":
    main()
