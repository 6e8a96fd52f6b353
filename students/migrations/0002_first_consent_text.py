"""The first version of the consent wording, so staff can record consents right after installing."""

from django.db import migrations

TEXT = (
    "I agree that the VET2B portal shows, on the pages of the school's products and services and in their "
    "translations, the parts of my name and the photo ticked on this form, to credit my work. I may withdraw this "
    "consent at any time by telling the school; the portal then removes my name and photo within minutes. "
    "For a student under 16, a parent or guardian signs."
)


def create_first_version(apps, schema_editor):
    ConsentText = apps.get_model("students", "ConsentText")
    ConsentText.objects.get_or_create(
        version="2026-01", defaults={"title": "Showing a student's name and photo on VET2B", "text": TEXT}
    )


class Migration(migrations.Migration):
    dependencies = [("students", "0001_initial")]

    operations = [migrations.RunPython(create_first_version, migrations.RunPython.noop)]
