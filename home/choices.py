"""Enumerations the portal's pages share."""

from django.db import models
from django.utils.dates import MONTHS_3
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """Countries of schools and of the customers they serve (ISO 3166-1 alpha-2)."""

    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DE = "DE", _("Germany")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    ES = "ES", _("Spain")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    GR = "GR", _("Greece")
    HR = "HR", _("Croatia")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IT = "IT", _("Italy")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    LV = "LV", _("Latvia")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    NO = "NO", _("Norway")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SE = "SE", _("Sweden")
    SI = "SI", _("Slovenia")
    SK = "SK", _("Slovakia")
    UA = "UA", _("Ukraine")


class EQFLevel(models.IntegerChoices):
    """European Qualifications Framework levels taught in vocational education."""

    LEVEL_2 = 2, _("EQF 2")
    LEVEL_3 = 3, _("EQF 3")
    LEVEL_4 = 4, _("EQF 4")
    LEVEL_5 = 5, _("EQF 5")


class Month(models.IntegerChoices):
    JANUARY = 1, _("January")
    FEBRUARY = 2, _("February")
    MARCH = 3, _("March")
    APRIL = 4, _("April")
    MAY = 5, _("May")
    JUNE = 6, _("June")
    JULY = 7, _("July")
    AUGUST = 8, _("August")
    SEPTEMBER = 9, _("September")
    OCTOBER = 10, _("October")
    NOVEMBER = 11, _("November")
    DECEMBER = 12, _("December")

    @property
    def short_label(self):
        """Django's translated three-letter abbreviation ("rgs" for rugsėjis)."""
        return MONTHS_3[self.value]


# The months in the order of a school year, for display.
SCHOOL_YEAR = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]
