"""Model fields shared by the portal's pages."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Lookup, Q


class ChoiceListField(models.CharField):
    """A short list of choice codes kept in one text column.

    Stored as ",LT,LV," so the same lookup works on SQLite and PostgreSQL;
    query it with `field__has="LT"`. Use it for small fixed vocabularies
    (countries served, months, delivery modes), not for growing relations.
    """

    description = "A list of choice codes"

    def __init__(self, *args, coerce=str, **kwargs):
        self.coerce = coerce
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.coerce is not str:
            kwargs["coerce"] = self.coerce
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, *args, **kwargs):
        super().contribute_to_class(cls, name, *args, **kwargs)

        # Django's get_FOO_display labels one choice; here each item gets its label.
        def get_display(instance):
            labels = dict(self.flatchoices)
            return [labels.get(item, item) for item in getattr(instance, self.attname)]

        setattr(cls, f"get_{self.name}_display", get_display)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        return [self.coerce(item) for item in value if str(item) != ""]

    def get_prep_value(self, value):
        items = self.to_python(value)
        return f",{','.join(str(item) for item in items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(key) for key, _label in self.flatchoices}
        unknown = [item for item in value if str(item) not in allowed]
        if unknown:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": unknown[0]}
            )
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def run_validators(self, value):
        # The length limit applies to the stored text, not to the list.
        return super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            coerce=self.coerce,
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name.capitalize()),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


@ChoiceListField.register_lookup
class Has(Lookup):
    """`field__has=code`: the list contains this code."""

    lookup_name = "has"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} LIKE %s", [*lhs_params, f"%,{self.rhs},%"]


def has_any(field_name, values):
    """A filter for rows whose choice list `field_name` holds at least one of `values`."""
    condition = Q()
    for value in values:
        condition |= Q(**{f"{field_name}__has": value})
    return condition
