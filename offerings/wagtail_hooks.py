from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category


class CategoryViewSet(SnippetViewSet):
    """The category taxonomy, edited and translated like other snippets."""

    model = Category
    icon = "tag"
    menu_label = "Categories"
    add_to_admin_menu = True
    list_display = ["name", "code", "isced_code", "locale"]
    search_fields = ["name", "code"]


register_snippet(CategoryViewSet)
