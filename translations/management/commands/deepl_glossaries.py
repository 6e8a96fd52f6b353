"""Create DeepL glossaries of the portal's trade terms, one per language pair, and print their ids."""

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from translations.machine import glossary_entries


class Command(BaseCommand):
    help = "Create a DeepL glossary from the category names for each language pair; print DEEPL_GLOSSARY_IDS."

    def handle(self, *args, **options):
        key = settings.DEEPL_API_KEY
        if not key:
            raise CommandError("Set DEEPL_API_KEY first.")
        endpoint = "https://api-free.deepl.com" if key.endswith(":fx") else "https://api.deepl.com"
        languages = [code for code, _name in settings.LANGUAGES]
        ids = []
        for source in languages:
            for target in languages:
                entries = glossary_entries(source, target) if source != target else {}
                if not entries:
                    continue
                tsv = "\n".join(f"{term}\t{translation}" for term, translation in sorted(entries.items()))
                response = requests.post(
                    f"{endpoint}/v2/glossaries",
                    data={
                        "name": f"VET2B {source}-{target}",
                        "source_lang": source,
                        "target_lang": target,
                        "entries": tsv,
                        "entries_format": "tsv",
                    },
                    headers={"Authorization": f"DeepL-Auth-Key {key}"},
                    timeout=30,
                )
                if response.status_code >= 400:
                    raise CommandError(f"DeepL refused the {source}-{target} glossary: {response.text[:200]}")
                ids.append(f"{source.upper()}:{target.upper()}={response.json()['glossary_id']}")
                self.stderr.write(f"{source}-{target}: {len(entries)} terms")
        self.stdout.write("DEEPL_GLOSSARY_IDS=" + ",".join(ids))
