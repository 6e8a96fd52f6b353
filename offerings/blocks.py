"""StreamField blocks that describe how an offering is made."""

from wagtail import blocks

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


class TeamMemberBlock(blocks.StructBlock):
    first_name = blocks.CharBlock(
        required=False, max_length=40, help_text="First name only; leave empty to credit anonymously."
    )
    role = blocks.CharBlock(required=False, max_length=80)

    class Meta:
        icon = "user"


class StudentTeamBlock(blocks.StructBlock):
    """Credits the students who made the work, by first name or anonymously."""

    heading = blocks.CharBlock(required=False, max_length=120)
    anonymous = blocks.BooleanBlock(required=False, help_text="Credit the team without any names.")
    members = blocks.ListBlock(TeamMemberBlock(), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/student_team_block.html"
        preview_value = {"anonymous": False, "members": [{"first_name": "Ona", "role": "Pastry cook"}]}

    def get_api_representation(self, value, context=None):
        # Names stay off the API until students' consent is recorded: roles only.
        return {
            "heading": value["heading"],
            "members": [{"role": member["role"]} for member in value["members"]],
        }


class OfferingStreamBlock(BaseStreamBlock):
    """Everything an offering page body may hold."""

    specification = SpecificationTableBlock()
    process = ProcessStepsBlock()
    team = StudentTeamBlock()
