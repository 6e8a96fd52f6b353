"""Text search configurations per content language on PostgreSQL (nothing to do elsewhere).

Each folds accents with `unaccent` before the language's Snowball stemmer;
Latvian and Polish have no stemmer in PostgreSQL, so they fold only.
"""

from django.db import migrations

from search.analysis import POSTGRES_CONFIGS, POSTGRES_FALLBACK_CONFIG, POSTGRES_STEMMERS

WORD_TOKENS = "hword, hword_part, word"


def configurations():
    yield POSTGRES_FALLBACK_CONFIG, "simple", "simple"
    for language, name in POSTGRES_CONFIGS.items():
        stemmer = POSTGRES_STEMMERS.get(language)
        yield name, stemmer or "simple", f"{stemmer}_stem" if stemmer else "simple"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, source, dictionary in configurations():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
        schema_editor.execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, {dictionary}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _source, _dictionary in configurations():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_log")]

    operations = [migrations.RunPython(create, drop)]
