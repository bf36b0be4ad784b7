"""What years of EST meetings in Trelleborg look like, for ``services.demo.years``.

How often each focus area happens, by season, weekday and hour, where in the
municipality, how it drifts over the years, and the texts it is told in: places,
events and role titles, never private persons. Beside ``services.demo.weeks``'s texts,
which the ten-week demo uses too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models import PlanStatus
from ..actions.decisions import ReviewOutcome

# Incidents and actions per weekly meeting, on average over the whole history.
INCIDENTS_PER_MEETING = 55.0
ACTIONS_PER_MEETING = 17.8
# Decisions grow as EST matures (more partners, more routine): this factor at the
# first and at the last meeting. The backlog of open actions grows with it.
ACTION_GROWTH = (0.55, 1.45)

# A real municipality: the town centre dominates, then the rest of the town, the
# travel hub and the villages by size. Beaches fill up in summer.
PLACE_WEIGHTS = {
    "Trelleborg centrum": 30, "Trelleborg": 22, "Resecentrum": 7, "Stortorget": 6,
    "Anderslöv": 6, "Skegrie": 3.5, "Hamnen": 3, "Smygehamn": 2.5, "Kyrkoköpinge": 2.5,
    "Klagstorp": 2, "Beddingestrand": 2, "Gislövs strandmark": 1.5, "Alstad": 1.2,
    "Västra Tommarp": 1, "Östra Torp": 0.8, "Skare": 0.8, "Maglarp": 0.8,
    "Lilla Beddinge": 0.8, "Källstorp": 0.6, "Grönby": 0.5, "Önnarp": 0.4,
}  # fmt: skip
SUMMER_PLACES = {"Smygehamn": 3.0, "Beddingestrand": 3.5, "Gislövs strandmark": 2.5}
TOWN_CENTRE = ("Trelleborg centrum", "Stortorget", "Resecentrum")
VILLAGES = ("Anderslöv", "Skegrie", "Klagstorp", "Kyrkoköpinge", "Alstad", "Västra Tommarp")
MORE_SPOTS = {
    "Trelleborg centrum": ("på Västergatan", "vid köpcentret", "vid nattbussarnas hållplats"),
    "Trelleborg": ("vid Söderslättshallen", "i bostadsområdet vid Pilevallsskolan"),
    "Smygehamn": ("i Smygehamns hamn", "vid Smyge strand", "vid kalkbrottet i Smygehamn"),
    "Beddingestrand": ("vid stranden i Beddingestrand", "vid campingen i Beddingestrand"),
    "Gislövs strandmark": ("vid stranden i Gislövs strandmark",),
    "Kyrkoköpinge": ("vid skolan i Kyrkoköpinge", "vid idrottsplatsen i Kyrkoköpinge"),
    "Klagstorp": ("vid skolan i Klagstorp", "vid busshållplatsen i Klagstorp"),
}
MORE_SOURCES = {  # key: (source, reporting organisation), beside services.demo.weeks's
    "tvand": ("Trygghetsvandringar", "KLF"),
    "dial": ("Riktade medborgardialoger mot olika samhällsgrupper", "KLF"),
}


def _hours(*spans: tuple[int, int, float], base: float = 0.15) -> tuple[float, ...]:
    """Weights per hour of the day; a span runs from its first to its last hour, past
    midnight if need be."""
    weights = [base] * 24
    for first, last, weight in spans:
        for step in range((last - first) % 24 + 1):
            weights[(first + step) % 24] = weight
    return tuple(weights)


@dataclass(frozen=True)
class Profile:
    """When and how much a focus area happens."""

    weight: float
    season: tuple[float, ...]  # January … December
    weekdays: tuple[float, ...]  # Monday … Sunday
    hours: tuple[float, ...]
    trend: tuple[float, float]  # level at the first and the last week
    untimed: float  # share recorded without a time of day
    confidential: float
    incidents: tuple[str, ...]  # "text {p} {n}|category|pinned place|reporter|months"
    actions: tuple[str, ...]  # "text {w}|owner|contact (a role)|months"


PROFILES = {
    "Misshandel": Profile(
        2.2, (0.8, 0.8, 0.9, 1.0, 1.1, 1.3, 1.4, 1.3, 1.0, 0.9, 0.9, 1.2),
        (0.5, 0.5, 0.6, 0.8, 2.2, 2.8, 1.4), _hours((21, 3, 4.0), (17, 20, 1.5), (12, 16, 0.6)),
        (1.1, 0.9), 0.1, 0.01, (
            "Misshandel i samband med fest {p}", "Person misshandlad vid taxikön {p}|G",
            "Bråk mellan grupper efter stängning {p}|G", "Misshandel på skolgård under rasten",
            "Rån och misshandel på mörk gång- och cykelväg {p}|B",
        ), (
            "Ordningsvakter vid taxikön fredag och lördag natt – {w}|MF|Tillståndshandläggare",
            "Trygghetsvärdar vid nattbussarna – {w}|AMF|Trygghetsvärd, samordnare",
        ),
    ),
    "Olaga hot och ofredande": Profile(
        2.0, (1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.7, 0.9, 1.1, 1.2, 1.1, 1.0),
        (1.2, 1.2, 1.2, 1.2, 1.1, 0.7, 0.6), _hours((8, 16, 2.0), (17, 22, 1.5)),
        (0.9, 1.2), 0.2, 0.01, (
            "Hot mot personal på fritidsgården {p}", "Hot mot kontrollanter på bussen {p}",
            "Kränkningar och hot i sociala medier mellan elever",
            "Upprepade trakasserier av butikspersonal {p}",
        ), (
            "Dialog med skolan om kränkningar och hot|UF|Skolområdeschef",
            "Utreda kameraövervakning på bussarna med trafikbolaget|SBF|Trafikingenjör",
        ),
    ),
    "Övrig stöld": Profile(
        3.0, (1.2, 1.1, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3),
        (1.0, 1.0, 1.0, 1.0, 1.2, 1.2, 0.9), _hours((22, 5, 2.5), (10, 18, 1.0)),
        (1.1, 0.95), 0.3, 0.003, (
            "Inbrott i fritidshus {p}", "Stöld ur bilar under natten {p}, {n} anmälningar|O",
            "Inbrott i förskola {p}", "Stöld av byggmaterial från byggarbetsplats {p}",
            "Stöld av katalysatorer från parkerade bilar {p}|O",
            "Stöld av båtmotorer i småbåtshamnen||Smygehamn||4 5 6 7 8 9",
        ), (
            "Grannsamverkan startas i området – {w}|POL|Kommunpolis",
            "Stöldskyddsmärkning av cyklar vid skolan|POL|Kommunpolis",
        ),
    ),
    "Bedrägerier": Profile(
        2.0, (1.2, 1.1, 1.0, 0.9, 0.9, 0.8, 0.7, 0.8, 1.0, 1.1, 1.2, 1.3),
        (1.3, 1.3, 1.3, 1.3, 1.2, 0.4, 0.3), _hours((9, 17, 2.0)),
        (0.6, 1.5), 0.6, 0.003, (
            "Bedrägeriförsök där någon utger sig för att ringa från banken, {n} anmälningar",
            "Falska poliser ringer äldre, {n} kända fall under veckan",
            "Kortbedrägerier i butiker {p}", "Bedrägerier via annonser på köp- och säljsajter",
        ), (
            "Information om bedrägerier i kommunens nyhetsbrev|KLF|Kommunikatör",
            "Utbildning om bedrägerier mot äldre för hemtjänsten|VOF|Enhetschef hemtjänst",
        ),
    ),
    "Skadegörelse": Profile(
        6.0, (0.8, 0.8, 0.9, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.3, 1.2, 1.0),
        (0.9, 0.9, 0.9, 1.0, 1.4, 1.5, 1.0), _hours((19, 1, 3.0), (15, 18, 1.2)),
        (1.2, 0.85), 0.25, 0.002, (
            "Klotter på fasader {p}, {n} platser|S", "Stenkastning mot fönster på skolan|S",
            "Sönderslagna rutor i busskur {p}|S", "Brand i container {p}|S",
            "Skadegörelse på parkbänkar och planteringar {p}|S",
            "Ägg och smällare mot bostadshus {p}|S|||10 11",
        ), (
            "Ersätta skadad utrustning på lekplatsen – {w}|SBF|Parkchef",
            "Lagligt gatukonstprojekt med ungdomar|KFF|Fritidschef",
            "Utreda kameraövervakning – {w}|KLF|Säkerhetschef",
        ),
    ),
    "Narkotika": Profile(
        4.0, (0.9, 0.9, 0.9, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 0.9, 0.9),
        (0.9, 0.9, 0.9, 1.0, 1.3, 1.3, 0.9), _hours((15, 23, 2.5), (11, 14, 1.0)),
        (0.9, 1.15), 0.2, 0.02, (
            "Misstänkt försäljning från bil {p}|M", "Lustgaspatroner hittade {p}|S",
            "Narkotikarester på offentlig toalett {p}|S",
            "Vårdnadshavare oroliga för narkotika bland unga {p}",
        ), (
            "Riktade kontroller med narkotikahund – {w}|POL|Kommunpolis",
            "Föräldravandring kvällstid – {w}|SF|Enhetschef fältverksamhet",
        ),
    ),
    "Trafik": Profile(
        5.0, (0.5, 0.5, 0.8, 1.2, 1.5, 1.5, 1.4, 1.3, 1.2, 0.9, 0.6, 0.5),
        (0.9, 0.9, 0.9, 1.0, 1.3, 1.3, 1.0), _hours((15, 23, 2.5), (7, 8, 1.5)),
        (1.0, 1.0), 0.15, 0.001, (
            "Felparkerade bilar blockerar räddningsväg {p}|T",
            "Tung trafik genom bostadsområde {p}|T", "Mopedåkare utan hjälm {p}|M",
            "Mörk övergång vid busshållplats {p}|B",
            "Bilar kör fort förbi skolan i Skegrie|T|Skegrie",
        ), (
            "Mobila farthinder placeras ut – {w}|SBF|Trafikingenjör",
            "Kontakt med Trafikverket om hastigheten genom orten|SBF|Trafikingenjör",
        ),
    ),
    "Ordningsstörningar": Profile(
        5.0, (0.7, 0.6, 0.7, 1.0, 1.1, 1.5, 1.6, 1.4, 1.0, 0.9, 0.8, 1.1),
        (0.7, 0.7, 0.8, 1.0, 1.7, 1.9, 0.9), _hours((18, 2, 3.0), (13, 17, 1.0)),
        (1.0, 1.05), 0.12, 0.003, (
            "Hög musik och bilar samlas på parkeringen {p}|M",
            "Ungdomar samlas och dricker alkohol {p}|G", "Bråk och oväsen vid kiosken {p}|O",
            "Störningar vid badplatsen under kvällen {p}|G|||6 7 8",
            "Fyrverkerier avfyras mot bostadshus {p}|G|||12 1",
        ), (
            "Ordningsvakter vid badplatsen under sommarhelgerna – {w}|KLF|Säkerhetssamordnare",
            "Fritidsgården ordnar aktiviteter på platsen fredag kväll – {w}|KFF|Fritidschef",
        ),
    ),
    "Kriminella nätverk": Profile(
        1.0, (1.0,) * 12, (1.2, 1.2, 1.2, 1.2, 1.0, 0.6, 0.6), _hours((10, 22, 1.0)),
        (0.5, 1.6), 0.7, 0.22, (
            "Uppgifter om vapen i omlopp {p}", "Oro för följdhändelser efter skjutning",
            "Narkotikaförsäljning styrd av nätverk {p}|G", "Hot mot vittnen i pågående utredning",
        ), (
            "Lokal lägesbild över rekrytering tillsammans med polisen|KLF|Säkerhetschef",
            "Samtal med vårdnadshavare och orosanmälningar|SF|Enhetschef fältverksamhet",
        ),
    ),
    "Hamnen": Profile(
        2.0, (0.9, 0.9, 0.9, 1.0, 1.0, 1.2, 1.3, 1.2, 1.0, 0.9, 0.9, 0.9),
        (1.0,) * 7, _hours((22, 5, 1.5), base=1.0),
        (0.9, 1.1), 0.2, 0.03, (
            "Fripassagerare upptäckta i trailer vid incheckningen||Hamnen|HAMN",
            "Misstänkt narkotikasmuggling i personbil från färjan||Hamnen|TULL",
            "Lastbilar långtidsparkerade med övernattande förare|O|Hamnen",
            "Stöld av bränsle från lastbilar på uppställningsplatsen||Hamnen",
        ), (
            "Översyn av belysning och stängsel vid uppställningsplatsen|HAMN|Säkerhetschef",
            "Samordnad kontroll av fordon från färjorna|TULL|Samverkansansvarig",
        ),
    ),
}  # fmt: skip
MORE_OTHER_ACTIONS = (
    "Sammanställa lägesbild inför ledningsgruppens möte|KLF|Säkerhetschef",
    "Se över rutinen för rapportering av otrygga platser|KLF|Säkerhetssamordnare",
    "Samordna insatser inför valborgsmässoafton|POL|Kommunpolis|4",
    "Planera insatser inför skolavslutningen|KLF|Säkerhetssamordnare|5 6",
    "Samordna insatser inför nyårsafton|POL|Kommunpolis|12",
)
MORE_REVIEW_NOTES = {
    ReviewOutcome.DONE: ("Genomfört, platsen har blivit lugnare.", "Klart enligt plan."),
    ReviewOutcome.IN_PROGRESS: (
        "Dialog med fastighetsägaren pågår.", "Beställning lagd, väntar på leverans.",
        "Genomförs i samband med ordinarie underhåll.", "Två kontroller gjorda, fortsätter.",
        "Tidplanen justerad efter semestrarna.",
    ),
    ReviewOutcome.NEW_DUE_DATE: ("Väntar på beslut om medel.", "Försenat av vädret."),
    ReviewOutcome.CANCELLED: ("Ersatt av en ny åtgärd.", "Problemet har upphört."),
}  # fmt: skip
# Hot spots: now and then one place sees a series of the same kind of incident.
EPISODE_AREAS = ("Skadegörelse", "Ordningsstörningar", "Trafik", "Narkotika", "Övrig stöld")
PLAN_NOTES = {
    PlanStatus.IN_PROGRESS: ("Pågår enligt plan.", "Delvis genomfört.", "Påbörjat under året."),
    PlanStatus.DONE: ("Genomfört.", "Genomfört och följt upp i ledningsgruppen."),
}
