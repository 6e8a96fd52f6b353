"""Load the multilingual demo portal. Safe to run again: it only adds what is missing."""

import random
import re
import time
from datetime import date, timedelta
from decimal import Decimal

from anyascii import anyascii
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from accounts.models import AccountKind, Organisation, OrganisationMembership, Profile
from home.demo import insights as demo_insights
from home.demo.categories import CATEGORIES
from home.demo.inquiries import DEMO_COMPANY, INQUIRIES
from home.demo.offerings import OFFERINGS
from home.demo.schools import SCHOOLS
from home.demo.students import SCHOOL_NUMBER, STUDENTS
from home.demo_images import draw_logo, draw_picture, image_file
from home.models import HomePage
from inquiries.models import Inquiry, InquiryStatus, Message, Quote, QuoteStatus, StatusChange
from insights.snapshot import refresh as refresh_insights
from offerings.models import Category, OfferingPage
from schools.models import SchoolIndexPage, SchoolPage
from schools.tenancy import SchoolRole, ensure_school_tenancy, grant_school_role, school_collection
from students.models import Consent, ConsentText, Student

DEMO_ADMIN = ("admin", "vet2b-demo")
# Staff of the first demo school, to try the moderation workflow: the teacher submits, the coordinator approves.
DEMO_STAFF = {
    SchoolRole.EDITOR: ("teacher", "vet2b-teacher"),
    SchoolRole.MODERATOR: ("coordinator", "vet2b-coordinator"),
}

HOME_TEXTS = {
    "en": (
        "Real work by vocational students, ready to order",
        "Schools across Europe show what their students make under their teachers' supervision. "
        "Find a product or service, read it in your language and order it from the school.",
    ),
    "lt": (
        "Tikri profesinių mokyklų mokinių darbai, kuriuos galite užsakyti",
        "Mokyklos iš visos Europos rodo, ką jų mokiniai sukuria prižiūrimi mokytojų. "
        "Raskite produktą ar paslaugą, perskaitykite aprašymą savo kalba ir užsakykite iš mokyklos.",
    ),
    "lv": (
        "Īsti profesionālo skolu audzēkņu darbi, ko var pasūtīt",
        "Skolas no visas Eiropas rāda, ko to audzēkņi rada skolotāju uzraudzībā. "
        "Atrodiet produktu vai pakalpojumu, izlasiet to savā valodā un pasūtiet skolā.",
    ),
    "pl": (
        "Prawdziwe prace uczniów szkół zawodowych – do zamówienia",
        "Szkoły z całej Europy pokazują, co ich uczniowie wykonują pod okiem nauczycieli. "
        "Znajdź produkt lub usługę, przeczytaj opis w swoim języku i zamów w szkole.",
    ),
    "it": (
        "Lavori veri degli studenti della formazione professionale, pronti da ordinare",
        "Scuole di tutta Europa mostrano ciò che i loro studenti realizzano con la supervisione dei docenti. "
        "Trova un prodotto o un servizio, leggilo nella tua lingua e ordinalo alla scuola.",
    ),
    "pt": (
        "Trabalho real de alunos do ensino profissional, pronto a encomendar",
        "Escolas de toda a Europa mostram o que os seus alunos fazem com a supervisão dos professores. "
        "Encontre um produto ou serviço, leia-o na sua língua e encomende-o à escola.",
    ),
}

DIRECTORY_TEXTS = {
    "en": ("Schools", "Vocational schools and what their students make for customers."),
    "lt": ("Mokyklos", "Profesinės mokyklos ir tai, ką jų mokiniai gamina klientams."),
    "lv": ("Skolas", "Profesionālās skolas un tas, ko to audzēkņi rada klientiem."),
    "pl": ("Szkoły", "Szkoły zawodowe i to, co ich uczniowie wykonują dla klientów."),
    "it": ("Scuole", "Scuole professionali e ciò che i loro studenti realizzano per i clienti."),
    "pt": ("Escolas", "Escolas profissionais e o que os seus alunos fazem para os clientes."),
}

NEIGHBOURS = {"LT": ["LV", "PL"], "LV": ["LT", "EE"], "PL": ["LT", "DE"], "IT": ["AT", "SI"], "PT": ["ES"]}
PLN_PER_EUR = Decimal("4.30")


def ascii_slug(text):
    return slugify(anyascii(text))[:80].strip("-")


class Command(BaseCommand):
    help = (
        "Load the multilingual demo portal: 30 schools, their offerings, categories and images, "
        "and a year of searches, inquiries and page views for the insights pages."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        self.images = {image.title: image for image in get_image_model().objects.filter(title__startswith="demo:")}
        self.collection = self._collection()
        with transaction.atomic():
            self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME_TEXTS}
            homes = self._homes()
            self.directories = self._directories(homes)
            self.categories = self._categories()
            created = sum(self._school(number, data) for number, data in enumerate(SCHOOLS))
        admin = self._admin()
        self.stdout.write(
            f"Demo content ready: {SchoolPage.objects.count()} school pages, "
            f"{OfferingPage.objects.count()} offering pages ({created} new) in {time.monotonic() - started:.1f}s."
        )
        if admin.check_password(DEMO_ADMIN[1]):
            self.stdout.write(f"Demo admin login: {DEMO_ADMIN[0]} / {DEMO_ADMIN[1]}")
        school, staff = self._staff()
        for role, user in staff.items():
            username, password = DEMO_STAFF[role]
            if user.check_password(password):
                self.stdout.write(f"Demo {role.label} of {school.title}: {username} / {password}")
        buyer = self._inquiries(school, staff[SchoolRole.EDITOR])
        if buyer.check_password(DEMO_COMPANY["password"]):
            self.stdout.write(f"Demo company account: {buyer.email} / {DEMO_COMPANY['password']}")
        self._insights()

    # --- Site structure ----------------------------------------------------
    def _collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Demo").first()
        return existing or root.add_child(name="Demo")

    def _homes(self):
        root = Page.get_first_root_node()
        en = self.locales["en"]
        english = HomePage.objects.filter(depth=2, locale=en).first()
        if english is None:
            headline, introduction = HOME_TEXTS["en"]
            english = root.add_child(
                instance=HomePage(title="VET2B", slug="vet2b", locale=en, headline=headline, introduction=introduction)
            )
            site = Site.objects.filter(is_default_site=True).first()
            previous = site.root_page if site else None
            if site is None:
                site = Site(hostname="localhost", port=80, is_default_site=True, site_name="VET2B")
            site.root_page = english
            site.save()
            if previous is not None and previous.pk != english.pk and previous.specific_class is Page:
                previous.delete()  # the welcome page of a fresh Wagtail install
        homes = {"en": english}
        for code, (headline, introduction) in HOME_TEXTS.items():
            if code == "en":
                continue
            home = english.get_translation_or_none(self.locales[code])
            if home is None:
                home = root.add_child(
                    instance=HomePage(
                        title="VET2B",
                        slug=f"vet2b-{code}",
                        locale=self.locales[code],
                        translation_key=english.translation_key,
                        headline=headline,
                        introduction=introduction,
                    )
                )
            homes[code] = home
        return homes

    def _directories(self, homes):
        directories = {}
        key = None
        for code, home in homes.items():
            directory = SchoolIndexPage.objects.child_of(home).first()
            if directory is None:
                title, introduction = DIRECTORY_TEXTS[code]
                directory = SchoolIndexPage(
                    title=title, slug="schools", locale=self.locales[code], introduction=introduction
                )
                if key:
                    directory.translation_key = key
                home.add_child(instance=directory)
            key = key or directory.translation_key
            directories[code] = directory
        return directories

    def _categories(self):
        """Every category in every language, keyed by (code, language)."""
        categories = {}
        for data in CATEGORIES:
            key = None
            for code, locale in self.locales.items():
                category = Category.objects.filter(code=data["code"], locale=locale).first()
                if category is None:
                    category = Category(
                        code=data["code"],
                        isced_code=data["isced"],
                        name=data["names"][code],
                        description=data["descriptions"][code],
                        locale=locale,
                    )
                    if key:
                        category.translation_key = key
                    category.save()
                key = key or category.translation_key
                categories[data["code"], code] = category
        return categories

    def _image(self, key, alt, draw, filename):
        """The demo image stored under `key`; `draw()` makes its bytes only when it is new."""
        title = f"demo:{key}"
        if title not in self.images:
            image = get_image_model()(title=title, description=alt, collection=self.collection)
            image.file = image_file(draw(), filename)
            image.save()
            self.images[title] = image
        return self.images[title]

    # --- Schools and offerings ---------------------------------------------
    def _school(self, number, data):
        """Create one school, its offerings and their English versions; return how many offerings were new."""
        language = data["language"]
        directory = self.directories[language]
        school = SchoolPage.objects.child_of(directory).filter(slug=data["slug"]).first()
        if school is None:
            school = directory.add_child(instance=self._school_page(data, language, number))
        self.team = self._students(school, data) if number == SCHOOL_NUMBER else []
        english = None
        if data["translate_to_english"]:
            english = school.get_translation_or_none(self.locales["en"])
            if english is None:
                english = self._school_page(data, "en", number)
                english.translation_key = school.translation_key
                english = self.directories["en"].add_child(instance=english)

        created = 0
        for position, (category, template) in enumerate(self._offering_templates(number, data)):
            texts = template["texts"][language]
            slug = ascii_slug(texts["title"])
            offering = OfferingPage.objects.child_of(school).filter(slug=slug).first()
            if offering is None:
                created += 1
                offering = school.add_child(
                    instance=self._offering_page(data, category, template, language, slug, number, position)
                )
            if english is not None and offering.get_translation_or_none(self.locales["en"]) is None:
                translation = self._offering_page(
                    data, category, template, "en", ascii_slug(template["texts"]["en"]["title"]), number, position
                )
                translation.translation_key = offering.translation_key
                english.add_child(instance=translation)
        self._file_images(school, data)
        return created

    def _file_images(self, school, data):
        """Put the school's demo images in its own collection, where its staff find and choose them."""
        ensure_school_tenancy(school)  # a demo loaded before schools had tenancies gets them now
        slug = re.escape(data["slug"])
        own = get_image_model().objects.filter(
            title__regex=rf"^demo:(logo-{slug}|school-{slug}|offering-{slug}-\d+-\d+)$"
        )
        own.update(collection=school_collection(school))

    def _offering_templates(self, number, data):
        codes = data["categories"]
        count = 7 if len(codes) <= 2 else 8
        for position in range(count):
            code = codes[position % len(codes)]
            templates = OFFERINGS[code]
            yield code, templates[(number + position // len(codes)) % len(templates)]

    def _school_page(self, data, language, number):
        english = language == "en"
        initials = "".join(word[0] for word in anyascii(data["title"]).split() if word[0].isupper())[:3]
        logo = self._image(f"logo-{data['slug']}", data["title"], lambda: draw_logo(data["slug"], initials), "logo.png")
        hero = self._image(
            f"school-{data['slug']}",
            data["official_name"],
            lambda: draw_picture(data["slug"], data["city"]),
            "school.jpg",
        )
        about = data["about"][language]
        school = SchoolPage(
            title=data["title_en"] if english else data["title"],
            slug=ascii_slug(data["title_en"]) if english else data["slug"],
            locale=self.locales[language],
            official_name=data["official_name"],
            country=data["country"],
            region=demo_insights.REGIONS.get(data["city"], ""),
            city=data["city"],
            address=data["address"],
            latitude=Decimal(str(data["latitude"])),
            longitude=Decimal(str(data["longitude"])),
            website=data["website"],
            contact_email=data["email"],
            contact_phone=data["phone"],
            logo=logo,
            hero_image=hero,
            introduction=data["introduction"][language],
            body=[("text", {"heading": "", "text": f"<p>{about}</p>"})],
            working_languages=data["working_languages"],
            response_time_days=data["response_time_days"],
            eqf_levels=data["eqf_levels"],
            first_published_at=timezone.now() - timedelta(days=200 - number),
        )
        school.categories = [self.categories[code, language] for code in data["categories"]]
        return school

    def _offering_page(self, data, category, template, language, slug, number, position):
        texts = template["texts"][language]
        rng = random.Random(f"{data['slug']}-{slug}")
        amount = template["amount_eur"]
        currency = "PLN" if data["country"] == "PL" else "EUR"
        if amount is not None:
            amount = Decimal(amount)
            if currency == "PLN":
                amount = (amount * PLN_PER_EUR).quantize(Decimal("1"))
        hero = self._image(
            f"offering-{data['slug']}-{number}-{position}",
            template["texts"][data["language"]]["title"],
            lambda: draw_picture(f"{category}-{position}-{number}", anyascii(template["texts"]["en"]["title"])),
            "offering.jpg",
        )
        # Only the first school credits students by record; the other teams are credited anonymously.
        anonymous = not self.team
        team = self.team or [{"student": None, "role": ""} for _ in range(rng.randint(2, 4))]
        countries = [data["country"]]
        if "remote" in template["delivery_modes"] or "delivery" in template["delivery_modes"]:
            countries += NEIGHBOURS.get(data["country"], [])
        page = OfferingPage(
            title=texts["title"],
            slug=slug,
            locale=self.locales[language],
            kind=template["kind"],
            summary=texts["summary"],
            price_model=template["price_model"],
            price_amount=amount,
            currency=currency,
            unit=texts["unit"],
            minimum_order=template["minimum_order"],
            lead_time_days=template["lead_time_days"],
            capacity_per_month=template["capacity_per_month"],
            delivery_modes=template["delivery_modes"],
            countries_served=countries,
            months_available=template["months"],
            eqf_level=template["eqf_level"],
            hero_image=hero,
            body=[
                ("text", {"heading": "", "text": f"<p>{texts['body']}</p>"}),
                ("specification", {"caption": "", "rows": [{"name": n, "value": v} for n, v in texts["specs"]]}),
                (
                    "process",
                    {
                        "heading": "",
                        "steps": [{"title": t, "description": d, "image": None} for t, d in texts["steps"]],
                    },
                ),
                ("team", {"heading": "", "anonymous": anonymous, "members": team}),
            ],
            first_published_at=timezone.now() - timedelta(days=(number * 7 + position * 3) % 180, hours=position),
        )
        page.last_published_at = page.first_published_at
        page.categories = [self.categories[category, language]]
        page.keywords.add(*texts["keywords"])
        return page

    def _students(self, school, data):
        """The demo students of `school` and their consents; returns the team members crediting them."""
        text = ConsentText.objects.order_by("created_at").first()
        team = []
        for entry in STUDENTS:
            student, created = Student.objects.get_or_create(
                school=school,
                first_name=entry["first_name"],
                last_name=entry["last_name"],
                defaults={"birth_date": date.fromisoformat(entry["birth_date"])},
            )
            consent = entry["consent"]
            if created and consent is not None:
                if consent["photo_shown"]:
                    student.photo = self._image(
                        f"student-{data['slug']}-{ascii_slug(student.first_name)}",
                        student.first_name,
                        lambda student=student: draw_logo(f"student-{student.pk}", student.first_name[:1]),
                        "student.png",
                    )
                    student.save()
                Consent.objects.create(student=student, consent_text=text, **consent)
            team.append({"student": student, "role": entry["role"]})
        return team

    def _staff(self):
        """The first demo school with its demo teacher and coordinator, created once; changed passwords stay."""
        first = SCHOOLS[0]
        school = SchoolPage.objects.child_of(self.directories[first["language"]]).get(slug=first["slug"])
        User = get_user_model()
        staff = {}
        for role, (username, password) in DEMO_STAFF.items():
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username, f"{username}@example.org", password)
                grant_school_role(school, user, role)
            staff[role] = user
        return school, staff

    @transaction.atomic
    def _inquiries(self, school, teacher):
        """A demo company and its inquiries to the first school, created once with the demo company's account."""
        User = get_user_model()
        email = f"{DEMO_COMPANY['username']}@example.org"
        buyer = User.objects.filter(username=email).first()
        if buyer is not None:
            return buyer
        buyer = User.objects.create_user(
            email,
            email,
            DEMO_COMPANY["password"],
            first_name=DEMO_COMPANY["first_name"],
            last_name=DEMO_COMPANY["last_name"],
        )
        Profile.objects.create(user=buyer, kind=AccountKind.COMPANY, preferred_language="it")
        company = Organisation.objects.create(name=DEMO_COMPANY["organisation"], country=DEMO_COMPANY["country"])
        OrganisationMembership.objects.create(
            organisation=company, user=buyer, status="approved", is_admin=True, decided_at=timezone.now()
        )
        offerings = list(OfferingPage.objects.child_of(school).order_by("path"))
        now = timezone.now()
        for data in INQUIRIES:
            received = now - timedelta(days=data["received_days_ago"])
            inquiry = Inquiry.objects.create(
                school=school,
                offering=offerings[data["offering"] % len(offerings)],
                created_by=buyer,
                organisation=company,
                company_name=company.name,
                contact_name=buyer.get_full_name(),
                contact_email=buyer.email,
                language="it",
                need=data["need"],
                quantity=data["quantity"],
                delivery_place=data["delivery_place"],
                budget_amount=Decimal(data["budget"]) if data["budget"] else None,
                status=InquiryStatus.OPEN,
                created_at=received,
                confirmed_at=received,
                updated_at=received,
            )
            StatusChange.objects.create(inquiry=inquiry, status=InquiryStatus.OPEN, created_at=received)
            moment = received
            if data["answered_after_hours"] is not None:
                moment = received + timedelta(hours=data["answered_after_hours"])
                inquiry.first_response_at = moment
            for from_school, body in data["messages"]:
                author = teacher if from_school else buyer
                moment += timedelta(hours=1) if not from_school else timedelta()
                Message.objects.create(
                    inquiry=inquiry,
                    from_school=from_school,
                    author=author,
                    author_name=author.get_full_name() or author.username,
                    body=body,
                    created_at=moment,
                )
            if data["quote"]:
                quote_data = data["quote"]
                moment += timedelta(hours=2)
                Quote.objects.create(
                    inquiry=inquiry,
                    price=Decimal(quote_data["price"]),
                    currency="EUR",
                    included=quote_data["included"],
                    delivery_date=(moment + timedelta(days=quote_data["delivery_in_days"])).date(),
                    valid_until=(moment + timedelta(days=quote_data["valid_for_days"])).date(),
                    teacher=teacher,
                    teacher_name=teacher.get_full_name() or teacher.username,
                    status=QuoteStatus.ACCEPTED if data["steps"] else QuoteStatus.SENT,
                    created_by=teacher,
                    created_at=moment,
                    decided_at=moment + timedelta(days=1),
                )
                StatusChange.objects.create(inquiry=inquiry, status=InquiryStatus.QUOTED, created_at=moment)
                inquiry.status = InquiryStatus.QUOTED
            for step in data["steps"]:
                moment += timedelta(days=2)
                StatusChange.objects.create(inquiry=inquiry, status=step, created_at=moment)
                inquiry.status = step
            inquiry.updated_at = moment
            inquiry.save()
        return buyer

    def _insights(self):
        """Regions, searches, page views and inquiries for the insights pages, then their figures, computed now."""
        started = time.monotonic()
        with transaction.atomic():
            added = demo_insights.load()
        snapshot = refresh_insights()
        self.stdout.write(
            "Demo insights: " + ", ".join(f"{count} {kind}" for kind, count in added.items()) + " added; "
            f"figures computed in {snapshot.duration_ms / 1000:.1f}s ({time.monotonic() - started:.1f}s in all)."
        )

    def _admin(self):
        """The demo administrator, created once; a changed password is left alone."""
        User = get_user_model()
        admin = User.objects.filter(username=DEMO_ADMIN[0]).first()
        return admin or User.objects.create_superuser(DEMO_ADMIN[0], "admin@example.org", DEMO_ADMIN[1])
