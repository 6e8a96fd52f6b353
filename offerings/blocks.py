"""StreamField blocks that describe how an offering is made."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.api import image_payload
from home.blocks import BaseStreamBlock, PhotoBlock


class SpecificationRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80)
    value = blocks.CharBlock(max_length=200)

    class Meta:
        icon = "list-ul"


class SpecificationTableBlock(blocks.StructBlock):
    """Measurable facts a buyer compares: size, weight, materials, shelf life."""

    caption = blocks.CharBlock(required=False, max_length=120)
    rows = blocks.ListBlock(SpecificationRowBlock(), min_num=1)

    class Meta:
        icon = "table"
        template = "blocks/specification_table_block.html"
        preview_value = {"caption": "Specification", "rows": [{"name": "Weight", "value": "80 g"}]}


class ProcessStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False)
    image = PhotoBlock(required=False)

    class Meta:
        icon = "arrow-right"


class ProcessStepsBlock(blocks.StructBlock):
    """How the students make it, step by step, under a teacher's supervision."""

    heading = blocks.CharBlock(required=False, max_length=120)
    steps = blocks.ListBlock(ProcessStepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/process_steps_block.html"
        preview_value = {"heading": "How we make it", "steps": [{"title": "Design", "description": "Sketch."}]}


class TeamMemberValue(blocks.StructValue):
    """A team member; `legacy_initial` is the initial of a free-text first name stored before students had records."""

    legacy_initial = ""


def _initial(first_name):
    first_name = (first_name or "").strip()
    return f"{first_name[0].upper()}." if first_name else ""


class TeamMemberBlock(blocks.StructBlock):
    """One credited student (chosen from the school's students) and their role in the work.

    Pages saved before students had records hold a free-text `first_name`;
    it is read as its initial only and dropped when the page is saved again.
    """

    student = SnippetChooserBlock(
        "students.Student",
        required=False,
        help_text=_("Their name and photo show only while their consent is recorded; otherwise their initial."),
    )
    role = blocks.CharBlock(required=False, max_length=80)

    class Meta:
        icon = "user"
        value_class = TeamMemberValue

    def to_python(self, value):
        struct = super().to_python(value)
        struct.legacy_initial = _initial(value.get("first_name"))
        return struct

    def bulk_to_python(self, values):
        structs = super().bulk_to_python(values)
        for struct, value in zip(structs, values, strict=True):
            struct.legacy_initial = _initial(value.get("first_name"))
        return structs

    def normalize(self, value):
        if isinstance(value, dict) and not isinstance(value, blocks.StructValue) and "first_name" in value:
            value = dict(value)
            legacy_initial = _initial(value.pop("first_name"))
            struct = super().normalize({"student": None, **value})
            struct.legacy_initial = legacy_initial
            return struct
        return super().normalize(value)


class StudentTeamBlock(blocks.StructBlock):
    """Credits the students who made the work.

    A student's name and photo appear only while their consent covers them,
    read when the page is shown; otherwise their initial, or no names at all
    for an anonymous team.
    """

    heading = blocks.CharBlock(required=False, max_length=120)
    anonymous = blocks.BooleanBlock(required=False, help_text=_("Credit the team without any names."))
    members = blocks.ListBlock(TeamMemberBlock(), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/student_team_block.html"
        preview_value = {"anonymous": False, "members": [{"student": None, "role": "Pastry cook"}]}

    def credits(self, value):
        """Each member as the public may see them now: [{name, photo, initial, role}]."""
        from students.models import public_credits  # students refer to school pages, which import offerings

        members = list(value["members"])
        consented = {} if value["anonymous"] else public_credits(member["student"] for member in members)
        credits = []
        for member in members:
            student = member["student"]
            credit = consented.get(student.pk) if student is not None else None
            credits.append(
                {
                    "name": credit.name if credit else None,
                    "photo": credit.photo if credit else None,
                    "initial": credit.initial if credit else member.legacy_initial,
                    "role": member["role"],
                }
            )
        return credits

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["credits"] = self.credits(value)
        return context

    def get_api_representation(self, value, context=None):
        # A name or photo only with consent, like the page; never the initial's full name.
        request = (context or {}).get("request")
        return {
            "heading": value["heading"],
            "anonymous": bool(value["anonymous"]),
            "members": [
                {
                    "role": credit["role"],
                    "name": credit["name"],
                    "photo": (
                        image_payload(credit["photo"], request, alt=credit["name"] or "")
                        if credit["photo"] and request
                        else None
                    ),
                }
                for credit in self.credits(value)
            ],
        }

    def get_searchable_content(self, value):
        # Consented names are searchable like the page shows them; withdrawing consent reindexes the page.
        content = [value["heading"]] if value["heading"] else []
        for credit in self.credits(value):
            content.extend(text for text in (credit["name"], credit["role"]) if text)
        return content


class OfferingStreamBlock(BaseStreamBlock):
    """Everything an offering page body may hold."""

    specification = SpecificationTableBlock()
    process = ProcessStepsBlock()
    team = StudentTeamBlock()
