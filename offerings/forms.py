"""Admin forms for pages that carry categories."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class CategorisedPageForm(WagtailAdminPageForm):
    """Offers the categories in the page's own language, as checkboxes.

    Each category has one row per language. An editor should pick among the
    names in the language they write in, whichever rows the page links to now
    (a translation may still point at the source language's rows).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("categories")
        locale = self.instance.locale if self.instance.locale_id else None
        if field is None or locale is None:
            return
        field.queryset = field.queryset.filter(locale=locale).order_by("name")
        field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        if self.instance.pk and not self.is_bound:
            keys = {category.translation_key for category in self.instance.categories.all()}
            self.initial["categories"] = [c.pk for c in field.queryset if c.translation_key in keys]

    def clean(self):
        cleaned_data = super().clean()
        # Imported here: schools builds on offerings, so offerings cannot import it at load time.
        from schools.tenancy import check_page_media
        from students.publishing import check_page_students

        check_page_media(self, cleaned_data)
        check_page_students(self, cleaned_data)
        return cleaned_data
