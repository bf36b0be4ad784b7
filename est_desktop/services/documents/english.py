"""English for every Swedish source text of the documents (``wording.t``).

Keys are the Swedish exactly as the code writes it, placeholders and all; a test keeps
the two sides in step (every text the code translates is here, every entry is still
used, and both sides name the same placeholders). Focus areas, goals and plan rows are
not here: they are quoted from the signed Swedish agreement and stay as written.
"""

ENGLISH: dict[str, str] = {
    # --- shared: statuses, dates, marks ---------------------------------------------------
    "Ny": "New",
    "Pågår": "In progress",
    "Klar": "Done",
    "Avbruten": "Cancelled",
    "EST – Effektiv samordning för trygghet": "EST – Effective coordination for safety",
    "Inget att notera.": "Nothing to note.",
    "SEKRETESS": "CONFIDENTIAL",
    "Försenad": "Overdue",
    "v. {week}": "week {week}",
    "v. {week} {year}": "week {week} {year}",
    "{date} (v. {week})": "{date} (week {week})",
    "Karta: händelser per plats, {period}.": "Map: incidents per place, {period}.",
    # --- minutes --------------------------------------------------------------------------
    "Minnesanteckningar EST-möte {date}": "Minutes of the EST meeting {date}",
    "Minnesanteckningar EST-möte {date} (v. {week})": (
        "Minutes of the EST meeting {date} (week {week})"
    ),
    "EST-minnesanteckningar {date} (v {week}).docx": "EST minutes {date} (week {week}).docx",
    "Utkast – mötet är inte avslutat": "Draft – the meeting has not been finalised",
    "Innehåller sekretessmarkerade uppgifter.": "Contains information marked confidential.",
    "(sekretess)": "(confidential)",
    "Ej behandlad": "Not reviewed",
    "Inte bestämt.": "Not decided.",
    "Svar på åtgärdslistor sedan förra mötet": "Answers to action lists since the last meeting",
    "Bilaga: Karta över veckans händelser": "Appendix: Map of the week's incidents",
    "Nästa möte": "Next meeting",
    "Inledning och närvaro": "Opening and attendance",
    "Genomgång av öppna åtgärder": "Review of open actions",
    "Övriga frågor": "Other business",
    "Nytt slutdatum {date}": "New due date {date}",
    "{date} kl. {time}": "{date} at {time}",
    "Datum": "Date",
    "Vecka": "Week",
    "Tid": "Time",
    "Plats": "Place",
    "Sammankallande": "Convener",
    "Närvarande": "Present",
    "Ingen närvaro antecknad.": "No attendance recorded.",
    "Uppföljning av öppna åtgärder": "Follow-up of open actions",
    "Åtgärd": "Action",
    "Ansvarig": "Responsible",
    "Beslutad": "Decided",
    "Utfall": "Outcome",
    "Anteckning": "Note",
    "Svar": "Answer",
    "Kommentar": "Comment",
    "Besvarad av": "Answered by",
    "Fil": "File",
    "Händelser": "Incidents",
    "Händelse": "Incident",
    "Källa": "Source",
    "Beslutade åtgärder": "Actions decided",
    "Ansvarig organisation": "Responsible organisation",
    "Kontaktperson": "Contact person",
    "Klart senast": "Due date",
    "Status": "Status",
    "Nästa möte: {when}.": "Next meeting: {when}.",
    "Öppna åtgärder efter mötet": "Open actions after the meeting",
    "Inga öppna åtgärder.": "No open actions.",
    "Fokusområde": "Focus area",
    "Mötet": "The meeting",
    # --- action lists ---------------------------------------------------------------------
    "Åtgärdslista – {subject}": "Action list – {subject}",
    "Åtgärdslista {subject} {date}": "Action list {subject} {date}",
    "Åtgärdslistor {date}": "Action lists {date}",
    "alla organisationer": "all organisations",
    "valda organisationer": "selected organisations",
    "Klara eller avbrutna {period} (sedan mötet {meeting}).": (
        "Done or cancelled {period} (since the meeting on {meeting})."
    ),
    "Klara eller avbrutna {period} (inget tidigare möte att räkna från).": (
        "Done or cancelled {period} (no earlier meeting to count from)."
    ),
    "Öppna åtgärder": "Open actions",
    "{count} sekretessmarkerad händelse utelämnad.": "{count} confidential incident left out.",
    "{count} sekretessmarkerade händelser utelämnade.": (
        "{count} confidential incidents left out."
    ),
    "Stängda sedan förra mötet": "Closed since the last meeting",
    "Stängda åtgärder": "Closed actions",
    "Inga åtgärder har stängts under perioden.": "No actions were closed in this period.",
    "Lämna ny status, nytt slutdatum eller en kommentar i Excel-filen med samma namn "
    "och skicka tillbaka den till sammankallande, eller ta upp det på nästa EST-möte.": (
        "Give a new status, a new due date or a comment in the Excel file of the same name "
        "and send it back to the convener, or bring it up at the next EST meeting."
    ),
    "Senaste notering": "Latest note",
    "Stängd": "Closed",
    "Exporterad": "Exported",
    "Senaste mötet": "Latest meeting",
    "inget ännu": "none yet",
    "Åtgärder": "Actions",
    "{count} öppen": "{count} open",
    "{count} öppna": "{count} open",
    "{count} försenad": "{count} overdue",
    "{count} försenade": "{count} overdue",
    "{open}, varav {overdue}": "{open}, of which {overdue}",
    "{date}\nv. {week}": "{date}\nweek {week}",
    "(svar {date})": "(answer {date})",
    "(möte {date})": "(meeting {date})",
    "Exporterad {date} (v. {week}). Senaste mötet: {meeting}. "
    "Svara i de gula kolumnerna och skicka tillbaka filen till sammankallande.": (
        "Exported {date} (week {week}). Latest meeting: {meeting}. "
        "Answer in the yellow columns and send the file back to the convener."
    ),
    "Ny status": "New status",
    "Nytt slutdatum": "New due date",
    "Åtgärds-id": "Action id",
    "Status vid export": "Status at export",
    "Välj en status i listan: {statuses}.": "Choose a status from the list: {statuses}.",
    "Välj i listan, eller lämna tomt om statusen är oförändrad.": (
        "Choose from the list, or leave empty if the status is unchanged."
    ),
    "Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15.": (
        "Write a date as YYYY-MM-DD, for example 2026-12-15."
    ),
    "ÅÅÅÅ-MM-DD, eller tomt om slutdatumet är oförändrat.": (
        "YYYY-MM-DD, or empty if the due date is unchanged."
    ),
    "Sida &P av &N": "Page &P of &N",
    # --- reports --------------------------------------------------------------------------
    "Sparar dokumentet": "Saving the document",
    "Uppföljning EST {start}–{end}": "Follow-up EST {start}–{end}",
    "Uppföljning EST {start}–{end}.docx": "Follow-up EST {start}–{end}.docx",
    "Slutrapport EST {start}–{end}.docx": "Final report EST {start}–{end}.docx",
    "Slutrapport {agreement}": "Final report {agreement}",
    "Ej påbörjad": "Not started",
    "Genomförd": "Completed",
    "{count} ej påbörjad": "{count} not started",
    "{count} ej påbörjade": "{count} not started",
    "{count} pågår": "{count} in progress",
    "{count} genomförd": "{count} completed",
    "{count} genomförda": "{count} completed",
    "Antalen avser händelser och åtgärder registrerade vid EST-mötena, "
    "inte polisens brottsstatistik.": (
        "The numbers are of incidents and actions recorded at the EST meetings, "
        "not the police's crime statistics."
    ),
    "Perioden pågår: händelser räknas till och med {day}.": (
        "The period is still going on: incidents are counted up to and including {day}."
    ),
    "Sekretessmarkerade händelser ingår inte.": "Incidents marked confidential are not included.",
    "{count} sekretessmarkerad händelse": "{count} confidential incident",
    "{count} sekretessmarkerade händelser": "{count} confidential incidents",
    "Innehåller sekretessmarkerade uppgifter: antalen omfattar {count}.": (
        "Contains information marked confidential: the numbers include {count}."
    ),
    "Kopplade åtgärder: {count} ({done})": "Linked actions: {count} ({done})",
    "{count} klar": "{count} done",
    "{count} klara": "{count} done",
    "Händelserna på kartan": "The incidents on the map",
    "Sammanfattning": "Summary",
    "Var och när": "Where and when",
    "Uppföljning av samverkansöverenskommelsen": "Follow-up of the cooperation agreement",
    "{count} vecka": "{count} week",
    "{count} veckor": "{count} weeks",
    "Period": "Period",
    "Jämförs med": "Compared with",
    "Överenskommelse": "Agreement",
    "Upprättad": "Prepared",
    "Inga händelser registrerades under perioden eller samma period ett år tidigare.": (
        "No incidents were recorded in the period or in the same period a year earlier."
    ),
    "{incidents} registrerades under perioden, mot {before} samma period ett år tidigare "
    "({change}).": "{incidents} recorded in the period, against {before} in the same period "
    "a year earlier ({change}).",
    "{period} (ett år tidigare)": "{period} (a year earlier)",
    "{count} händelse": "{count} incident",
    "{count} händelser": "{count} incidents",
    "{decided} beslutades och {closed} stängdes under perioden; {open} vid periodens slut": (
        "{decided} decided and {closed} closed in the period; {open} at the end of the period"
    ),
    "{count} åtgärd": "{count} action",
    "{count} åtgärder": "{count} actions",
    "{count} var öppen": "{count} open",
    "{count} var öppna": "{count} open",
    "{actions}, varav {overdue}": "{actions}, of which {overdue}",
    "Utan fokusområde": "No focus area",
    "Totalt": "Total",
    "Ett år tidigare": "A year earlier",
    "Förändring": "Change",
    "Beslutade": "Decided",
    "Stängda": "Closed",
    "Öppna vid periodens slut": "Open at the end of the period",
    "Varav försenade": "Of which overdue",
    "Försenade åtgärder utan fokusområde": "Overdue actions without a focus area",
    "Handlingsplanen (bilaga 1) {year}": "The action plan (appendix 1) {year}",
    "Status för handlingsplanens {rows} rader under {year}.": (
        "Status of the action plan's {rows} rows in {year}."
    ),
    "Rader": "Rows",
    "Alla fokusområden under perioden: platserna med flest händelser och var de ligger, "
    "och när i veckan händelserna började.": (
        "All focus areas in the period: the places with the most incidents and where they "
        "are, and when in the week the incidents began."
    ),
    "Platser med flest händelser": "Places with the most incidents",
    "Veckodag och timme": "Weekday and hour",
    "Flest händelser: {places}.": "Most incidents: {places}.",
    "Händelseutveckling": "Incident trend",
    "Månad": "Month",
    "Samma vecka ett år tidigare": "The same week a year earlier",
    "Samma månad ett år tidigare": "The same month a year earlier",
    "Inga händelser under perioden eller ett år tidigare.": (
        "No incidents in the period or a year earlier."
    ),
    "Försenade åtgärder": "Overdue actions",
    "Fokusområdet har inga rader i handlingsplanen.": (
        "The focus area has no rows in the action plan."
    ),
    "Aktivitet": "Activity",
    "Mål/effekt": "Goal/effect",
    "{year} (t.o.m. {day})": "{year} (up to {day})",
    "t.o.m. {day}": "up to {day}",
    "fr.o.m. {day}": "from {day}",
    "Slutrapport": "Final report",
    "Rapport om utfallet av samverkansöverenskommelsen mellan {organisation} "
    "och polisen · {subject}": (
        "Report on the outcome of the cooperation agreement between {organisation} "
        "and the police · {subject}"
    ),
    "Uppgifter till och med": "Data up to and including",
    "”Efter mandatperioden ska kommunen tillsammans med polisen sammanställa en rapport "
    "avseende utfallet av samverkansöverenskommelsen.”": (
        "“After the term of office, the municipality together with the police shall compile "
        "a report on the outcome of the cooperation agreement.”"
    ),
    "(Samverkansöverenskommelsen)": "(The cooperation agreement, in translation)",
    "Rapporten sammanställer underlaget för varje övergripande mål och fokusområde: "
    "målen ordagrant ur överenskommelsen, vad som gjorts och hur händelserna utvecklats "
    "år för år. Under rubriken {heading} skriver kommunen och polisen sin bedömning.": (
        "The report brings together the evidence for each overall goal and focus area: the "
        "goals word for word from the agreement, what has been done and how the incidents "
        "developed year by year. Under the heading {heading} the municipality and the police "
        "write their assessment."
    ),
    "Bedömning": "Assessment",
    "Att fylla i av kommunen och polisen: har målen nåtts, och har de åtgärder som "
    "vidtagits haft avsedd effekt? Vad bör nästa överenskommelse ta med sig?": (
        "To be filled in by the municipality and the police: have the goals been reached, "
        "and have the actions taken had the intended effect? What should the next agreement "
        "take with it?"
    ),
    "[Att fylla i]": "[To be filled in]",
    "Övergripande mål": "Overall goals",
    "Överenskommelsen har inga övergripande mål registrerade.": (
        "The agreement has no overall goals recorded."
    ),
    "Fokusområden: {areas}.": "Focus areas: {areas}.",
    "Åtgärder: {decided} beslutade, {done}, {open}": "Actions: {decided} decided, {done}, {open}",
    "{count} rad": "{count} row",
    "{count} rader": "{count} rows",
    "Handlingsplanen (bilaga 1): {rows}, senast registrerad status: {status}.": (
        "The action plan (appendix 1): {rows}, latest recorded status: {status}."
    ),
    "Ledningsgruppens anteckningar:": "The management group's notes:",
    "Avsnitt {section} i överenskommelsen.": "Section {section} of the agreement.",
    "Mål enligt överenskommelsen": "Goals according to the agreement",
    "Handlingsplanen i bilaga 1, ordagrant.": "The action plan in appendix 1, word for word.",
    "Uppföljning": "Follow-up",
    "Vad som gjorts": "What has been done",
    "Åtgärder beslutade vid EST-mötena, år för år.": (
        "Actions decided at the EST meetings, year by year."
    ),
    "År": "Year",
    "Öppna vid årets slut": "Open at the end of the year",
    "Handlingsplanen år för år": "The action plan year by year",
    "Inga händelser registrerade under perioden.": "No incidents recorded in the period.",
    "Anteckningar": "Notes",
    "{year} (före perioden)": "{year} (before the period)",
    "Förändring mot året innan": "Change from the year before",
    "Tabeller": "Tables",
    "Händelser per fokusområde och år": "Incidents per focus area and year",
    "Händelser per plats och år": "Incidents per place and year",
    "Åtgärder per organisation": "Actions per organisation",
    "Inga åtgärder under perioden.": "No actions in the period.",
    "Under hela perioden; öppna och försenade vid periodens slut.": (
        "Over the whole period; open and overdue at the end of the period."
    ),
    "Organisation": "Organisation",
    "Öppna": "Open",
    "Försenade": "Overdue",
    "Median dagar till stängd": "Median days to closing",
    # --- charts and the map ---------------------------------------------------------------
    "Inga händelser": "No incidents",
    "Inga åtgärder": "No actions",
    "Inga händelser med klockslag": "No incidents with a time of day",
    "Alla fokusområden": "All focus areas",
    "Händelser per plats": "Incidents per place",
    "Övriga platser ({count})": "Other places ({count})",
    "Antal händelser": "Number of incidents",
    "Antal åtgärder": "Number of actions",
    "Händelser per veckodag och timme": "Incidents per weekday and hour",
    "Timme då händelsen började": "Hour the incident began",
    "Händelser över tid": "Incidents over time",
    "{name} (året innan)": "{name} (the year before)",
    "Ofullständig vecka": "Part of a week",
    "Ofullständig månad": "Part of a month",
    "{count} händelse utan klockslag ingår inte": (
        "{count} incident without a time of day not included"
    ),
    "{count} händelser utan klockslag ingår inte": (
        "{count} incidents without a time of day not included"
    ),
    "Händelser på kartan": "Incidents on the map",
    "Inga händelser på platser med läge": "No incidents at places with a position",
    "Utsnitt (streckad ruta)": "Detail (dashed box)",
    "{source}. Platsernas lägen: EST Desktop.": "{source}. Positions of places: EST Desktop.",
    "Kommungräns: SCB": "Municipal boundary: Statistics Sweden (SCB)",
    "Totalt {count} händelser": "{count} incidents in total",
    "{incidents} på {count} plats utan läge syns inte på kartan": (
        "{incidents} at {count} place without a position not shown on the map"
    ),
    "{incidents} på {count} platser utan läge syns inte på kartan": (
        "{incidents} at {count} places without a position not shown on the map"
    ),
    "Sekretessmarkerade händelser ingår inte": "Incidents marked confidential not included",
}
