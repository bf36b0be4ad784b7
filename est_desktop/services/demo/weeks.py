"""A demo database: weeks of realistic EST meetings, made through the public services.

Everything goes through the service functions the window uses, so the demo obeys
every rule (validation, read-only finalised meetings, review history). Texts hold
places, events and role titles only, never private persons. The same seed and day
give the same data.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlmodel import Session

from ...models import (
    ActionCreate,
    AgendaItem,
    AgendaItemKind,
    Incident,
    IncidentCreate,
    Meeting,
    saved_id,
)
from .. import incidents, reference
from ..actions import decisions as actions
from ..actions.decisions import ReviewOutcome
from ..meetings import agenda as meetings
from ..meetings import participants
from ..settings import meeting_defaults

CONVENER = "Säkerhetssamordnare"
ORGS = {
    "KLF": "Kommunledningsförvaltningen", "SBF": "Samhällsbyggnadsförvaltningen",
    "KFF": "Kultur- och fritidsförvaltningen", "UF": "Utbildningsförvaltningen",
    "SF": "Socialförvaltningen", "VOF": "Vård- och omsorgsförvaltningen",
    "MF": "Miljöförvaltningen", "AMF": "Arbetsmarknadsförvaltningen", "POL": "Polisen",
    "HAMN": "Trelleborgs Hamn", "TULL": "Tullverket", "TH": "Trelleborgshem",
    "BEV": "Bevakningsbolag",
}  # fmt: skip
# Role titles, never names: the first two attend every meeting, the next three usually.
ATTENDEES = (
    "Säkerhetssamordnare|KLF", "Kommunpolis|POL", "Trygghetsvärd, samordnare|AMF",
    "Gatuchef|SBF", "Fritidschef|KFF", "Skolområdeschef|UF", "Enhetschef fältverksamhet|SF",
    "Säkerhetschef|HAMN", "Trygghetssamordnare|TH", "Samverkansansvarig|TULL",
)  # fmt: skip
PLACE_WEIGHTS = {
    "Trelleborg centrum": 10, "Trelleborg": 9, "Anderslöv": 4, "Skegrie": 3, "Hamnen": 1,
    "Stortorget": 3, "Resecentrum": 3, "Smygehamn": 1, "Klagstorp": 1, "Beddingestrand": 1,
    "Gislövs strandmark": 1, "Alstad": 1, "Kyrkoköpinge": 1, "Västra Tommarp": 1,
}  # fmt: skip
SPOTS = {
    "Trelleborg centrum": ("på Algatan", "på Hamngatan", "i Stadsparken", "vid biblioteket"),
    "Trelleborg": ("vid Dalabadet", "på strandpromenaden", "vid idrottsplatsen", "vid gymnasiet"),
    "Stortorget": ("vid Stortorget",),
    "Resecentrum": ("vid Resecentrum",),
    "Hamnen": ("vid lastbilsterminalen", "vid färjeterminalen", "i hamnområdet"),
    "Anderslöv": ("på Storgatan i Anderslöv", "vid skolan i Anderslöv", "vid torget i Anderslöv"),
    "Skegrie": ("vid skolan i Skegrie", "vid busshållplatsen i Skegrie"),
}
DEFAULT_SPOTS = ("i centrala {}", "vid busshållplatsen i {}", "vid lekplatsen i {}")
CATEGORIES = {
    "S": "Skadegörelse/nedskräpning", "B": "Belysning", "T": "Osäker trafiksituation",
    "M": "Motorburna fordon", "G": "Samlingsplats", "O": "Allmänt otrygg plats",
}  # fmt: skip
SOURCES = {  # key: (source, reporting organisation)
    "pol": ("Poliser i yttre tjänst", "POL"), "tv": ("Trygghetsvärdarnas rapporter", "AMF"),
    "und": ("Underrättelseinformation från polisen", "POL"), "bb": ("Bostadsbolag", "TH"),
    "bev": ("Bevakningsbolag", "BEV"), "sk": ("Skola", "UF"),
    "inv": ("Övriga möten med invånare", "KLF"), "rop": ("Rapportering av otrygga platser", "SBF"),
}  # fmt: skip
# Focus area: (weight, first hour, hours spread, sources, incidents, actions), with incident
# "text {p}|category|pinned place|reporting organisation" ({p}: a spot at the place) and
# action "text {w}|owner organisation|contact (a role)" ({w}: where the incident was).
AREAS = {
    "Misshandel": (2, 21, 7, "pol bev tv", (
        "Misshandel utanför restaurang {p}, en person förd till sjukhus",
        "Slagsmål mellan ungdomar {p}|G", "Bråk i kö till nattbussen {p}|G",
        "Misshandel i trapphus i flerbostadshus",
    ), (
        "Samordnad krogtillsyn tillsammans med polisen – {w}|MF|Tillståndshandläggare",
        "Ökad polisiär närvaro fredag och lördag natt – {w}|POL|Kommunpolis",
    )),
    "Olaga hot och ofredande": (2, 10, 12, "pol tv sk", (
        "Hot mot trygghetsvärdar {p}", "Ungdomar ofredar förbipasserande {p}|G",
        "Hot mot busschaufför vid ändhållplatsen", "Ofredande av personal i butik {p}",
        "Boende upplever sig ofredade på mörk gångväg {p}|B",
    ), (
        "Trygghetsvandring på platsen med boende – {w}|KLF|Säkerhetssamordnare",
        "Stöd till drabbad personal och polisanmälan|KLF|Säkerhetschef",
    )),
    "Övrig stöld": (3, 22, 9, "pol bb bev", (
        "Inbrott i källarförråd i flerbostadshus", "Cykelstölder {p}", "Butiksstölder {p}",
        "Stöld av diesel från arbetsmaskiner vid byggarbetsplats",
        "Inbrott i bilar på pendlarparkering {p}|O",
        "Stöld av båtmotorer i småbåtshamnen||Smygehamn",
    ), (
        "Informera boende om att låsa förråd och cykelrum – {w}|TH|Trygghetssamordnare",
        "Se över belysning och kameror på parkeringen – {w}|SBF|Gatuchef",
    )),
    "Bedrägerier": (2, 9, 8, "pol inv", (
        "Telefonbedrägerier mot äldre, flera anmälningar under veckan",
        "Falska hantverkare knackar dörr {p}", "Bedrägeriförsök via sms i kommunens namn",
        "Falska insamlare {p}",
    ), (
        "Informationsinsats om bedrägerier i hemtjänsten|VOF|Enhetschef hemtjänst",
        "Polisen medverkar på seniorträff om bedrägerier|POL|Kommunpolis",
    )),
    "Skadegörelse": (6, 20, 9, "tv bb rop sk", (
        "Klotter på busskur {p}|S", "Krossad ruta på skolans idrottshall|S",
        "Skadegörelse på lekplats {p}|S", "Brand i papperskorg {p}|S",
        "Sönderslagen gatubelysning {p}|B", "Nedskräpning och krossat glas {p}|S",
        "Skadegörelse på busshållplats och skolgård|S|Skegrie",
    ), (
        "Sanera klotter och byta skadade delar – {w}|SBF|Gatuchef",
        "Laga belysningen och se över röjning av buskage – {w}|SBF|Gatuchef",
        "Trygghetsvärdar prioriterar platsen kvällstid – {w}|AMF|Trygghetsvärd, samordnare",
    )),
    "Narkotika": (4, 14, 10, "pol tv sk und", (
        "Fynd av sprutor vid lekplats|S", "Misstänkt langning {p}|G",
        "Misstänkt langning vid strandpromenaden|G|Trelleborg",
        "Lukt av cannabis i trappuppgång|G", "Elever uppger att narkotika säljs nära skolan",
        "Narkotikapåverkade personer samlas {p}|O",
    ), (
        "Riktad polisiär närvaro kvällstid – {w}|POL|Kommunpolis",
        "Fältsekreterare uppsöker ungdomar på platsen – {w}|SF|Enhetschef fältverksamhet",
        "Information till vårdnadshavare via skolan|UF|Skolområdeschef",
    )),
    "Trafik": (5, 15, 8, "pol inv rop", (
        "Buskörning med mopeder {p}|M", "Höga hastigheter {p}|T",
        "Buskörning med mopeder på Storgatan i Anderslöv|M|Anderslöv",
        "Bilar kör för fort genom byn|T|Anderslöv", "Otrygg skolväg, bilar stannar inte {p}|T",
        "EPA-traktorer kör på gång- och cykelväg {p}|M", "Bilträff med burnouts {p}|M",
    ), (
        "Hastighetskontroller under veckan – {w}|POL|Kommunpolis",
        "Utreda fartdämpande åtgärder – {w}|SBF|Trafikingenjör",
        "Dialog med mopedungdomar via fritidsgården|KFF|Fritidschef",
    )),
    "Ordningsstörningar": (5, 18, 8, "tv pol bev bb", (
        "Ungdomsgrupp stör vid Resecentrum på kvällstid|G|Resecentrum",
        "Ungdomsgrupp stör {p} på kvällstid|G", "Fyrverkerier mot förbipasserande {p}|G",
        "Störande fest och nedskräpning {p}|S", "Berusade personer stör {p}|O",
        "Ungdomsgäng bråkar och stör ordningen vid skolan|G|Skegrie",
    ), (
        "Förstärka trygghetsvärdar kvällstid – {w}|AMF|Trygghetsvärd, samordnare",
        "Längre öppettider på fritidsgården fredag och lördag|KFF|Fritidschef",
        "Polisen patrullerar platsen kvällstid – {w}|POL|Kommunpolis",
    )),
    "Kriminella nätverk": (1, 12, 10, "und sk", (
        "Uppgifter om rekrytering av unga till kriminella nätverk {p}",
        "Oro för att elever används som springpojkar",
        "Ökad närvaro av personer med koppling till kriminell miljö {p}|G",
    ), (
        "SSPF-samverkan kring berörda ungdomar|SF|Enhetschef fältverksamhet",
        "Samlad lägesbild till ledningsgruppen|KLF|Säkerhetschef",
    )),
    "Hamnen": (2, 5, 17, "pol bev und", (
        "Misstänkt smuggling vid lastbilsterminalen rapporterad av Tullverket||Hamnen|TULL",
        "Obehöriga personer inne på hamnområdet||Hamnen|HAMN",
        "Stöld av last från uppställda trailrar {p}||Hamnen",
        "Nedskräpning vid uppställningsplats för lastbilar|S|Hamnen",
    ), (
        "Gemensam kontroll vid lastbilsterminalen|POL|Kommunpolis",
        "Se över skalskydd och passerkontroll|HAMN|Säkerhetschef",
        "Informationsutbyte om smugglingsvägar|TULL|Samverkansansvarig",
    )),
}  # fmt: skip
OTHER_ACTIONS = (
    "Planera trygghetsvandring i Anderslöv|KLF|Säkerhetssamordnare",
    "Samordna närvaro inför helgens evenemang i centrum|POL|Kommunpolis",
)
WEEKEND_AREAS = ("Misshandel", "Ordningsstörningar", "Skadegörelse")
UNTIMED = {"Bedrägerier": 0.6, "Kriminella nätverk": 0.7}
REVIEW_NOTES = {
    ReviewOutcome.DONE: ("Genomfört.", "Klart, inga nya rapporter från platsen.", ""),
    ReviewOutcome.IN_PROGRESS: (
        "Arbetet har påbörjats, klart till nästa möte.", "Pågår enligt plan.",
        "Avvaktar besked från berörd part.", "Planerat till kommande vecka.",
        "Påbörjat, fortsätter nästa vecka.", "Delvis genomfört, återstår uppföljning på plats.",
    ),
    ReviewOutcome.NEW_DUE_DATE: ("Försenat, väntar på entreprenör.", "Ny tidplan.", ""),
    ReviewOutcome.CANCELLED: (
        "Inte längre aktuellt efter ny lägesbild.", "Hanteras inom ordinarie verksamhet.",
    ),
}  # fmt: skip
ITEM_NOTES = (
    "Flera rapporter från samma plats under veckan.", "Kopplas till pågående åtgärd.",
    "Ökning jämfört med föregående vecka. Följs upp nästa möte.",
    "Polisen redogjorde för läget; inga ytterligare åtgärder i nuläget.",
)  # fmt: skip
OTHER_NOTES = (
    "Information om kommande trygghetsvandring i Anderslöv.",
    "Påminnelse: rapportera otrygga platser via kommunens digitala verktyg.",
    "Planering av samverkan inför sommarens evenemang har påbörjats.",
)
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"


def create_demo_database(
    *, session: Session, seed: int = 2026, today: date | None = None, weeks: int = 10
) -> str:
    """Fills a freshly seeded database with ``weeks`` weekly meetings; returns a summary.

    All but the last are finalised, the newest of them on the most recent past meeting
    day; the last is the upcoming one, with attendance copied and the first reports of
    the week recorded, so a newcomer can start working at once.
    """
    if weeks < 2:
        raise ValueError("the demo needs at least two weeks")
    if meetings.latest_meeting(session=session) is not None:
        raise ValueError("the demo is made in an empty database")
    today = today or date.today()
    weekday = meeting_defaults(session=session).weekday
    last = today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    demo = _Demo(session, random.Random(seed))
    for week in range(weeks - 2, -1, -1):
        demo.past_meeting(last - timedelta(weeks=week), last)
    demo.upcoming_meeting(last, today)
    actions_text = "1 åtgärd" if demo.action_count == 1 else f"{demo.action_count} åtgärder"
    return f"{weeks} möten, {demo.incident_count} händelser, {actions_text}"


def _fields(template: str, count: int) -> list[str]:
    return (template.split("|") + [""] * count)[:count]


class _Demo:
    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session, self.rng = session, rng
        self.orgs = {o.name: o.id for o in reference.organisations(session=session)}
        self.places = {p.name: p for p in reference.places(session=session)}
        self.sources = {s.name: s.id for s in reference.sources(session=session)}
        self.categories = {c.name: c.id for c in reference.categories(session=session)}
        self.incident_count = self.action_count = self.cancelled = 0

    def org(self, key: str) -> int | None:
        return self.orgs.get(ORGS.get(key, ""))

    def new_meeting(self, day: date) -> tuple[Meeting, list[AgendaItem]]:
        data = meetings.proposed_meeting(session=self.session, today=day)
        data = data.model_copy(update={"date": day, "convener": data.convener or CONVENER})
        meeting = meetings.create_meeting(session=self.session, data=data)
        return meeting, meetings.agenda(session=self.session, meeting_id=saved_id(meeting))

    def past_meeting(self, day: date, last: date) -> None:
        meeting, items = self.new_meeting(day)
        people = [_fields(a, 2) for a in ATTENDEES if self.org(a.split("|")[1])]
        # Regulars (the next three) are usually there: weighted sampling by sort key.
        rest = sorted(people[2:], key=lambda p: self.rng.random() * (0.3 + (p in people[5:])))
        for role, org in sorted(people[:2] + rest[: self.rng.randint(3, 6)], key=people.index):
            participants.add_attendee(
                session=self.session, meeting_id=saved_id(meeting), person_name=role,
                organisation_id=self.org(org),
            )  # fmt: skip
        self.review(meeting, last)
        days = [day - timedelta(days=n) for n in range(7, 0, -1)]
        recorded = self.record(items, days, day, self.rng.randint(4, 12))
        self.decide(meeting, items, recorded, hurry=day == last - timedelta(weeks=1))
        self.notes(meeting, items, recorded)
        meetings.finalise_meeting(session=self.session, meeting_id=saved_id(meeting), user=CONVENER)

    def upcoming_meeting(self, last: date, today: date) -> None:
        meeting, items = self.new_meeting(last + timedelta(weeks=1))
        participants.copy_previous_attendance(session=self.session, meeting_id=saved_id(meeting))
        days = [last + timedelta(days=n) for n in range(1, (today - last).days)]
        if days:  # reports that came in since the last meeting
            self.record(items, days, today, self.rng.randint(1, min(4, 2 * len(days))))

    def record(self, items: list[AgendaItem], days: list[date], today: date, count: int) -> list:
        by_area = {i.title: i for i in items if i.kind == AgendaItemKind.FOCUS_AREA}
        names = [name for name in AREAS if name in by_area]
        recorded = []
        for _ in range(count):
            area = self.rng.choices(names, [AREAS[n][0] for n in names])[0]
            recorded.append((area, by_area[area], self.incident(area, by_area[area], days, today)))
        return recorded

    def incident(self, area: str, item: AgendaItem, days: list[date], today: date) -> Incident:
        rng = self.rng
        _, first, spread, sources, texts, _ = AREAS[area]
        text, category, pinned, reporter = _fields(rng.choice(texts), 4)
        names = [n for n in PLACE_WEIGHTS if n in self.places] or list(self.places)
        weighted = rng.choices(names, [PLACE_WEIGHTS.get(n, 1) for n in names])[0]
        place = self.places.get(pinned) or self.places[weighted]
        spot = rng.choice(SPOTS.get(place.name, DEFAULT_SPOTS)).format(place.name)
        detail = spot.split(" ", 1)[1] if "{p}" in text else ""
        weights = [3 if d.weekday() in (4, 5) and area in WEEKEND_AREAS else 1 for d in days]
        start = end = None
        if rng.random() >= UNTIMED.get(area, 0.15):
            hour = (first + rng.randrange(spread)) % 24
            start = time(hour, rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))
            length = rng.choice((0, 0, 1, 2, 3))
            end = time(hour + length, start.minute) if length and hour + length < 24 else None
        source, source_org = SOURCES[rng.choice(sources.split())]
        data = IncidentCreate(
            occurred_on=rng.choices(days, weights)[0], start_time=start, end_time=end,
            place_id=place.id, location_detail="" if detail == place.name else detail,
            category_id=self.categories.get(CATEGORIES.get(category, "")),
            source_id=self.sources.get(source) or next(iter(self.sources.values())),
            reporting_organisation_id=self.org(reporter or source_org),
            description=text.format(p=spot),
            confidential=rng.random() < (0.3 if area == "Kriminella nätverk" else 0.055),
        )  # fmt: skip
        self.incident_count += 1
        return incidents.record_incident(
            session=self.session, item_id=saved_id(item), data=data, today=today
        )

    def decide(
        self, meeting: Meeting, items: list[AgendaItem], recorded: list, hurry: bool
    ) -> None:
        other = next(i for i in items if i.kind == AgendaItemKind.OTHER)
        names = {p.id: p.name for p in self.places.values()}
        decided: list[str] = []
        for _ in range(self.rng.randint(1, 4)):
            if recorded and self.rng.random() < 0.85:
                area, item, incident = self.rng.choice(recorded)
                text, owner, contact = _fields(self.rng.choice(AREAS[area][5]), 3)
                where = [names[incident.place_id], incident.location_detail]
                text, links = text.format(w=", ".join(filter(None, where))), [incident.id]
            else:
                item, links = other, []
                text, owner, contact = _fields(self.rng.choice(OTHER_ACTIONS), 3)
            if text in decided or self.org(owner) is None:
                continue
            # 'Done by Friday' once before the latest meeting, so work is overdue there.
            days = 3 if hurry and not decided else self.rng.randint(3, 42)
            due = meeting.date + timedelta(days=days)
            due -= timedelta(days=max(0, due.weekday() - 4))  # a weekday, at the latest Friday
            decided.append(text)
            data = ActionCreate(
                description=text, owner_organisation_id=self.org(owner),
                contact_person=contact, due_date=due, incident_ids=links,
            )  # fmt: skip
            actions.decide_action(session=self.session, item_id=item.id, data=data)
            self.action_count += 1

    def review(self, meeting: Meeting, last: date) -> None:
        """Every open action gets an outcome; the last meeting leaves overdue work open."""
        reviews = actions.review_rows(session=self.session, meeting_id=saved_id(meeting))
        rows = [r.action for r in reviews if r.outcome is None and r.action.is_open]
        outcomes = []
        for row in rows:
            due_now = row.due_date is not None and row.due_date <= meeting.date
            weights = (35, 40, 15, 10) if due_now else (25, 65, 0, 10)
            outcomes.append(self.rng.choices(list(ReviewOutcome), weights)[0])
        if meeting.date == last:  # a newcomer should see overdue work, and every status
            late = [i for i, r in enumerate(rows) if r.due_date and r.due_date < meeting.date]
            late.sort(key=lambda i: outcomes[i] != ReviewOutcome.IN_PROGRESS)
            for i in late[:2]:
                outcomes[i] = ReviewOutcome.IN_PROGRESS
            rest = [i for i in range(len(rows)) if i not in late[:2]]
            if not self.cancelled and ReviewOutcome.CANCELLED not in outcomes and rest:
                outcomes[rest[-1]] = ReviewOutcome.CANCELLED
        for row, outcome in zip(rows, outcomes, strict=True):
            new_due = meeting.date + timedelta(weeks=self.rng.randint(1, 3))
            actions.record_review(
                session=self.session, meeting_id=saved_id(meeting), action_id=row.id,
                outcome=outcome,
                note=self.rng.choice(REVIEW_NOTES[outcome]),
                new_due_date=new_due if outcome == ReviewOutcome.NEW_DUE_DATE else None,
            )  # fmt: skip
            self.cancelled += outcome == ReviewOutcome.CANCELLED

    def notes(self, meeting: Meeting, items: list[AgendaItem], recorded: list) -> None:
        with_incidents = list({item.id: item for _, item, _ in recorded}.values())
        picked = self.rng.sample(with_incidents, min(len(with_incidents), 2))
        notes = {item.id: self.rng.choice(ITEM_NOTES) for item in picked}
        for item in items:
            if item.kind == AgendaItemKind.OTHER and self.rng.random() < 0.4:
                notes[item.id] = self.rng.choice(OTHER_NOTES)
            if item.kind == AgendaItemKind.NEXT_MEETING:
                day = meeting.date + timedelta(weeks=1)
                clock = f" kl. {meeting.start_time:%H.%M}" if meeting.start_time else ""
                when = f"{day.day} {MONTHS.split()[day.month - 1]}{clock}"
                notes[item.id] = f"Nästa möte {when}, {meeting.location}."
        for item_id, text in notes.items():
            meetings.set_item_notes(session=self.session, item_id=item_id, notes=text)
