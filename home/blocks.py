"""StreamField blocks any portal page can use."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from home.api import image_payload


class PhotoBlock(ImageBlock):
    """An image with its alt text; the API gives it as renditions rather than an id."""

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        if value is None or request is None:
            return super().get_api_representation(value, context)
        return image_payload(value, request, alt="" if value.decorative else value.contextual_alt_text)


class TextBlock(blocks.StructBlock):
    """A section of formatted text with an optional heading."""

    heading = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])

    class Meta:
        icon = "pilcrow"
        template = "blocks/text_block.html"
        preview_value = {"heading": "Made by students", "text": "<p>Every order is supervised by a teacher.</p>"}


class GalleryBlock(blocks.StructBlock):
    """A row of photos of the work, each with its own alt text."""

    heading = blocks.CharBlock(required=False, max_length=120)
    images = blocks.ListBlock(PhotoBlock(), min_num=1, max_num=12)

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video shown through a privacy-friendly embed."""

    video = EmbedBlock(help_text="A YouTube or Vimeo link.")
    caption = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The content blocks shared by school and offering pages."""

    text = TextBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
