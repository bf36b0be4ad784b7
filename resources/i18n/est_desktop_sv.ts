<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionForm</name>
    <message>
        <source>What is to be done? Enter saves.</source>
        <translation>Vad ska göras? Enter sparar.</translation>
    </message>
    <message>
        <source>— choose organisation —</source>
        <translation>— välj organisation —</translation>
    </message>
    <message>
        <source>Contact person (optional)</source>
        <translation>Kontaktperson (frivilligt)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ange datum</translation>
    </message>
    <message>
        <source>— no focus area —</source>
        <translation>— inget fokusområde —</translation>
    </message>
    <message>
        <source>— no row of the action plan —</source>
        <translation>— ingen rad i handlingsplanen —</translation>
    </message>
    <message>
        <source>The row of the agreement&apos;s action plan (bilaga 1) this action carries out</source>
        <translation>Den rad i överenskommelsens handlingsplan (bilaga 1) som åtgärden genomför</translation>
    </message>
    <message>
        <source>Click the incidents this action answers</source>
        <translation>Klicka på de händelser som åtgärden avser</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Spara åtgärd</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>Åt&amp;gärd</translation>
    </message>
    <message>
        <source>Res&amp;ponsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>Ko&amp;ntakt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Answers incidents</source>
        <translation>Avser händelser</translation>
    </message>
    <message>
        <source>Action plan row</source>
        <translation>Rad i handlingsplanen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionRegisterModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Without update</source>
        <translation>Utan uppdatering</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Inc.</source>
        <translation>Händ.</translation>
    </message>
    <message>
        <source>Act.</source>
        <translation>Åtg.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement period</source>
        <translation>Ny avtalsperiod</translation>
    </message>
    <message>
        <source>&amp;Focus areas and action plan</source>
        <translation>&amp;Fokusområden och handlingsplan</translation>
    </message>
    <message>
        <source>Overall goa&amp;ls</source>
        <translation>Övergripande &amp;mål</translation>
    </message>
    <message>
        <source>C&amp;reate agreement</source>
        <translation>&amp;Skapa avtal</translation>
    </message>
    <message>
        <source>Signe&amp;d on</source>
        <translation>&amp;Undertecknat</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Till och med</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Fr&amp;ån och med</translation>
    </message>
    <message>
        <source>e.g. 3.1 Brottsstatistik</source>
        <translation>t.ex. 3.1 Brottsstatistik</translation>
    </message>
    <message>
        <source>— new focus area —</source>
        <translation>— nytt fokusområde —</translation>
    </message>
    <message>
        <source>Selected focus area</source>
        <translation>Valt fokusområde</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;amn</translation>
    </message>
    <message>
        <source>Sec&amp;tion</source>
        <translation>Avsn&amp;itt</translation>
    </message>
    <message>
        <source>&amp;Continues</source>
        <translation>Fo&amp;rtsätter</translation>
    </message>
    <message>
        <source>A focus area that continues an earlier one keeps its trends comparable.</source>
        <translation>Ett fokusområde som fortsätter ett tidigare behåller jämförbara trender.</translation>
    </message>
    <message>
        <source>Selected row of the action plan</source>
        <translation>Vald rad i handlingsplanen</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vitet</translation>
    </message>
    <message>
        <source>Meas&amp;ure</source>
        <translation>Åt&amp;gärd</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>Uppf&amp;öljning</translation>
    </message>
    <message>
        <source>G&amp;oal</source>
        <translation>Mål/&amp;effekt</translation>
    </message>
    <message>
        <source>Focus &amp;areas, in the order of the agenda</source>
        <translation>Fo&amp;kusområden, i dagordningens ordning</translation>
    </message>
    <message>
        <source>Selected goal</source>
        <translation>Valt mål</translation>
    </message>
    <message>
        <source>Goal te&amp;xt</source>
        <translation>Målets te&amp;xt</translation>
    </message>
    <message>
        <source>Carried &amp;by these focus areas (Space ticks)</source>
        <translation>&amp;Bärs av dessa fokusområden (mellanslag bockar i)</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Må&amp;l</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nytt</translation>
    </message>
    <message>
        <source>Action &amp;plan of %1</source>
        <translation>Handlings&amp;plan för %1</translation>
    </message>
</context>
<context>
    <name>AgreementDraftModels</name>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Fortsätter</translation>
    </message>
    <message>
        <source>Plan rows</source>
        <translation>Rader i planen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål/effekt</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong. What was saved before is kept.

%1</source>
        <translation>Något gick fel. Det som redan var sparat finns kvar.

%1</translation>
    </message>
    <message>
        <source>The database is already open in EST Desktop (on the computer %1, process %2). Only one EST Desktop at a time may change it.</source>
        <translation>Databasen är redan öppen i EST Desktop (på datorn %1, process %2). Bara ett EST Desktop i taget får ändra i den.</translation>
    </message>
    <message>
        <source>The database lies on a disk or in a folder that cannot be written to (a write-protected drive, say), so it can only be read:
%1</source>
        <translation>Databasen ligger på en disk eller i en mapp som inte går att skriva till (till exempel ett skrivskyddat minne), så den kan bara läsas:
%1</translation>
    </message>
    <message>
        <source>EST Desktop may not create its lock file beside the database, so changes to it cannot be made safely:
%1</source>
        <translation>EST Desktop får inte skapa sin låsfil bredvid databasen, så ändringar i den kan inte göras säkert:
%1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Databasen används</translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or quit. Nothing you do can change it.</source>
        <translation>Öppna den skrivskyddad för att slå upp saker, eller avsluta. Inget du gör kan då ändra den.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Restored from the backup of %1. The damaged file is kept as %2.</source>
        <translation>Återställd från säkerhetskopian från %1. Den skadade filen finns kvar som %2.</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Databasen ligger på en nätverksenhet</translation>
    </message>
    <message>
        <source>The database lies on a network drive:
%1

If the network connection drops while EST Desktop writes, the database can be damaged, and SQLite cannot reliably keep two computers from writing at once.</source>
        <translation>Databasen ligger på en nätverksenhet:
%1

Om nätverksanslutningen bryts medan EST Desktop skriver kan databasen skadas, och SQLite kan inte säkert hindra två datorer från att skriva samtidigt.</translation>
    </message>
    <message>
        <source>Keep the database in a folder on this computer, and export minutes and action lists to the shared drive instead.</source>
        <translation>Lägg databasen i en mapp på den här datorn, och exportera i stället minnesanteckningar och åtgärdslistor till den delade enheten.</translation>
    </message>
    <message>
        <source>&amp;Do not warn again for this database</source>
        <translation>&amp;Varna inte igen för den här databasen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivskyddad</translation>
    </message>
    <message>
        <source>The window could not be built on the server&apos;s database. You can go on working in the database you had open.</source>
        <translation>Fönstret kunde inte byggas på serverns databas. Du kan fortsätta arbeta i databasen du hade öppen.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Name of participant</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <source>— choose organisation —</source>
        <translation>— välj organisation —</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ta bort markerade</translation>
    </message>
    <message>
        <source>Copy last meeting&apos;s list</source>
        <translation>Kopiera listan från förra mötet</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n närvarande</numerusform>
            <numerusform>%n närvarande</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to copy from the last meeting</source>
        <translation>Ingen att kopiera från förra mötet</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagordningspunkt</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Svarsnyckel</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvarad av</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Fortsätter</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Sammankallande</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decided at meeting</source>
        <translation>Beslutad vid möte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>From the agreement</source>
        <translation>Från överenskommelsen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importerad av</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarat</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrollsumma</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappning</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markerat</translation>
    </message>
    <message>
        <source>Rows saved</source>
        <translation>Sparade rader</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Utelämnade rader</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Ångrad av</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Location detail</source>
        <translation>Platsdetalj</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd i planen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nytt datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Datum för händelsen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Name of participant</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Action plan row</source>
        <translation>Rad i handlingsplanen</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Previous due date</source>
        <translation>Tidigare datum</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>Tidigare status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Rapporterad av</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Källfil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Rad i källfilen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasanvändare</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importerad från</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Action&apos;s link to an incident</source>
        <translation>Åtgärdens koppling till en händelse</translation>
    </message>
    <message>
        <source>Review of an action</source>
        <translation>Genomgång av en åtgärd</translation>
    </message>
    <message>
        <source>Answer to an action list</source>
        <translation>Svar på en åtgärdslista</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Goal of the agreement</source>
        <translation>Överenskommelsens mål</translation>
    </message>
    <message>
        <source>Goal&apos;s link to a focus area</source>
        <translation>Målets koppling till ett fokusområde</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Row of the action plan</source>
        <translation>Rad i handlingsplanen</translation>
    </message>
    <message>
        <source>Follow-up of the action plan</source>
        <translation>Uppföljning av handlingsplanen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Import of a file</source>
        <translation>Import av en fil</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Importmappning</translation>
    </message>
    <message>
        <source>Survey factor</source>
        <translation>Enkätfaktor</translation>
    </message>
    <message>
        <source>Survey count of a week</source>
        <translation>Enkätsvar för en vecka</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Every change to the records, with who made it and which fields changed. The contents of the fields are not kept here. The trail cannot be edited.</source>
        <translation>Varje ändring i registren, med vem som gjorde den och vilka fält som ändrades. Fältens innehåll sparas inte här. Loggen kan inte ändras.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alla poster</translation>
    </message>
</context>
<context>
    <name>AuditSettings</name>
    <message>
        <source>The database&apos;s identity</source>
        <translation>Databasens identitet</translation>
    </message>
    <message>
        <source>Lists of the agreement loaded</source>
        <translation>Överenskommelsens listor inlästa</translation>
    </message>
    <message>
        <source>Kommun on the map</source>
        <translation>Kommun på kartan</translation>
    </message>
    <message>
        <source>Meeting defaults: weekday</source>
        <translation>Mötesinställning: veckodag</translation>
    </message>
    <message>
        <source>Meeting defaults: start time</source>
        <translation>Mötesinställning: starttid</translation>
    </message>
    <message>
        <source>Meeting defaults: place</source>
        <translation>Mötesinställning: plats</translation>
    </message>
    <message>
        <source>Meeting defaults: convener</source>
        <translation>Mötesinställning: sammankallande</translation>
    </message>
    <message>
        <source>Meeting defaults: organisation</source>
        <translation>Mötesinställning: organisation</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>MMMM d, yyyy &apos;at&apos; HH:mm</source>
        <translation>d MMMM yyyy &apos;kl.&apos; HH:mm</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>at start-up</source>
        <translation>vid start</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>gjord för hand</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Save a verified copy of the database in the backup folder</source>
        <translation>Spara en kontrollerad kopia av databasen i mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>The database is on a server: its administrator backs it up there, not this desk.</source>
        <translation>Databasen ligger på en server: dess administratör säkerhetskopierar den där, inte den här datorn.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup saved and verified: %1</source>
        <translation>Säkerhetskopian är sparad och kontrollerad: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen än.</translation>
    </message>
    <message>
        <source>Replace the database with the backup from %1?

Everything entered after that is left out of the restored database, but nothing is deleted: the database as it is now is kept beside it as a separate file. EST Desktop then closes; start it again.</source>
        <translation>Ersätta databasen med säkerhetskopian från %1?

Det som matats in efter det finns inte i den återställda databasen, men inget raderas: databasen som den är nu sparas bredvid som en egen fil. Sedan stängs EST Desktop; starta det igen.</translation>
    </message>
    <message>
        <source>The backup from %1 has been restored.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <source>The database as it was is kept as:
%1</source>
        <translation>Databasen som den var finns kvar som:
%1</translation>
    </message>
    <message>
        <source>EST Desktop closes now. Start it again to go on working.</source>
        <translation>EST Desktop stängs nu. Starta det igen för att fortsätta arbeta.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappning</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparade</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enkätsvar</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <translation>Ångrad %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) taken up at a meeting: cannot be undone</source>
        <translation>
            <numerusform>%n händelse tagen upp på ett möte: kan inte ångras</numerusform>
            <numerusform>%n händelser tagna upp på möten: kan inte ångras</numerusform>
        </translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Kan ångras</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <source>Move to another organisation</source>
        <translation>Flytta till annan organisation</translation>
    </message>
    <message>
        <source>Make this organisation responsible for the selected action:</source>
        <translation>Gör den här organisationen ansvarig för den markerade åtgärden:</translation>
    </message>
    <message>
        <source>Make this organisation responsible for %1 selected actions:</source>
        <translation>Gör den här organisationen ansvarig för %1 markerade åtgärder:</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvarad av</translation>
    </message>
    <message>
        <source>File, row</source>
        <translation>Fil, rad</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy chart</source>
        <translation>Kopiera diagram</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Spara diagram…</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Kopiera tabell</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>Spara tabell…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>Spara tabell</translation>
    </message>
    <message>
        <source>Table for Excel (*.csv)</source>
        <translation>Tabell för Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Ändrad vid en annan dator</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Skillnader</translation>
    </message>
    <message>
        <source>Keep mine saves your values over the other desk&apos;s. Take theirs shows the saved values in the form and drops your changes. Cancel goes back to your form as it is.</source>
        <translation>Behåll min version sparar dina värden över den andra datorns. Ta den andras visar de sparade värdena i formuläret och släpper dina ändringar. Avbryt går tillbaka till formuläret som det är.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min version</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta den andras</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>The other desk&apos;s value</source>
        <translation>Den andra datorns värde</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No encryption</source>
        <translation>Ingen kryptering</translation>
    </message>
    <message>
        <source>Encrypt when the server can (default)</source>
        <translation>Kryptera när servern kan (standard)</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Kryptera alltid</translation>
    </message>
    <message>
        <source>Always encrypt and verify the server&apos;s certificate</source>
        <translation>Kryptera alltid och kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>The server %1 does not answer. Check the server&apos;s name and port, and that this computer is connected to the network.</source>
        <translation>Servern %1 svarar inte. Kontrollera serverns namn och port, och att datorn är ansluten till nätverket.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Kunde inte ansluta: %1</translation>
    </message>
    <message>
        <source>The server keeps no users of its own: you work as the convener.</source>
        <translation>Servern har inga egna användare för EST Desktop: du arbetar som samordnare.</translation>
    </message>
    <message>
        <source>convener</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>management group</source>
        <translation>ledningsgrupp</translation>
    </message>
    <message>
        <source>Logged in as %1, %2 for %3.</source>
        <translation>Inloggad som %1, %2 för %3.</translation>
    </message>
    <message>
        <source>Logged in as %1, %2.</source>
        <translation>Inloggad som %1, %2.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>e.g. est.trelleborg.se</source>
        <translation>t.ex. est.trelleborg.se</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>Kom i&amp;håg lösenordet i datorns nyckelring</translation>
    </message>
    <message>
        <source>Otherwise EST Desktop asks for the password each time it starts.</source>
        <translation>Annars frågar EST Desktop efter lösenordet vid varje start.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Data&amp;bas</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>A&amp;nvändare</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Kryptering (TLS)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ansl&amp;ut</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server: the convener and the participants work in the same record at the same time. Your administrator gives you the server&apos;s name, the database and your user.</source>
        <translation>En delad databas på en PostgreSQL-server: samordnaren och deltagarna arbetar i samma register samtidigt. Din administratör ger dig serverns namn, databasen och din användare.</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Skriv serverns namn eller adress.</translation>
    </message>
    <message>
        <source>Write the name of the database.</source>
        <translation>Skriv databasens namn.</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Skriv ditt användarnamn på servern.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1 …</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Anslutningen fungerar.</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Servern går inte att nå</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Use the database on &amp;this computer</source>
        <translation>Använd databasen på &amp;den här datorn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>No password for %1.</source>
        <translation>Inget lösenord för %1.</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markerat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarat</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseBox</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The database file is missing, but there are backups of it. Starting with a new, empty database would leave their data behind.</source>
        <translation>Databasfilen saknas, men det finns säkerhetskopior av den. Att börja om med en ny, tom databas skulle lämna deras uppgifter bakom sig.</translation>
    </message>
    <message>
        <source>The database file is empty, but there are backups of it: a sync tool or a failed copy may have emptied it.</source>
        <translation>Databasfilen är tom, men det finns säkerhetskopior av den: ett synkprogram eller en misslyckad kopiering kan ha tömt den.</translation>
    </message>
    <message>
        <source>EST Desktop checks the database every time it starts. This time the check failed: the database file is damaged.</source>
        <translation>EST Desktop kontrollerar databasen varje gång programmet startar. Den här gången misslyckades kontrollen: databasfilen är skadad.</translation>
    </message>
    <message>
        <source>Nothing has been deleted. The damaged file has been kept as:
%1</source>
        <translation>Inget har raderats. Den skadade filen har sparats som:
%1</translation>
    </message>
    <message>
        <source>Nothing has been deleted. The database should be here:
%1</source>
        <translation>Inget har raderats. Databasen borde finnas här:
%1</translation>
    </message>
    <message>
        <source>The newest backup that passes the check is from %1. Restore it to go on working. What was entered after %1 is only in the damaged file.</source>
        <translation>Den senaste säkerhetskopian som klarar kontrollen är från %1. Återställ den för att fortsätta arbeta. Det som matades in efter %1 finns bara i den skadade filen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>There is no backup that passes the check. Quit, and ask your IT support to look at the damaged file.</source>
        <translation>Det finns ingen säkerhetskopia som klarar kontrollen. Avsluta och be IT-supporten titta på den skadade filen.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>C&amp;hoose template…</source>
        <translation>&amp;Välj mall …</translation>
    </message>
    <message>
        <source>Use the &amp;built-in template</source>
        <translation>Använd in&amp;byggd mall</translation>
    </message>
    <message>
        <source>Choose the export &amp;folder…</source>
        <translation>Välj export&amp;mapp …</translation>
    </message>
    <message>
        <source>Use the folder used &amp;last</source>
        <translation>Använd senast använda mapp&amp;en</translation>
    </message>
    <message>
        <source>These choices are kept on this computer. The minutes, action lists and reports are written in the chosen language, from the chosen template: its letterhead, logo, headers, footers and styles.</source>
        <translation>Valen sparas på den här datorn. Minnesanteckningar, åtgärdslistor och rapporter skrivs på det valda språket och utgår från den valda mallen: dess brevhuvud, logotyp, sidhuvuden, sidfötter och formatmallar.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <source>Exports start in</source>
        <translation>Export börjar i</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Välj exportmapp</translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation>Den mapp som användes senast</translation>
    </message>
    <message>
        <source>%1 (cannot be reached now: the folder used last instead)</source>
        <translation>%1 (nås inte nu: den senast använda mappen används i stället)</translation>
    </message>
    <message>
        <source>Choose the Word template</source>
        <translation>Välj Word-mallen</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>The template is used for every export from now on.</source>
        <translation>Mallen används från och med nu för alla exporter.</translation>
    </message>
    <message>
        <source>Its styles are used under their names: %1.</source>
        <translation>Mallens formatmallar används under sina namn: %1.</translation>
    </message>
    <message>
        <source>It has no style for %1; the built-in template&apos;s is added to each document.</source>
        <translation>Den saknar formatmall för %1; den inbyggda mallens läggs till i varje dokument.</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Den inbyggda mallen</translation>
    </message>
    <message>
        <source>%1 (not found: choose it again)</source>
        <translation>%1 (hittas inte: välj den igen)</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Move due dates</source>
        <translation>Flytta slutdatum</translation>
    </message>
    <message>
        <source>&amp;New due date for all</source>
        <translation>&amp;Nytt slutdatum för alla</translation>
    </message>
    <message>
        <source>&amp;Shift each due date by</source>
        <translation>&amp;Flytta varje slutdatum med</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message numerus="yes">
        <source>%n selected action(s)</source>
        <translation>
            <numerusform>%n markerad åtgärd</numerusform>
            <numerusform>%n markerade åtgärder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingPanel</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>You have changed the follow-up without saving. Save the changes?</source>
        <translation>Du har ändrat uppföljningen utan att spara. Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>ExportActionListsDialog</name>
    <message>
        <source>Export action lists</source>
        <translation>Exportera åtgärdslistor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Every organisation with open or recently closed actions</source>
        <translation>Alla organisationer med öppna eller nyss stängda åtgärder</translation>
    </message>
    <message>
        <source>Only the organisations selected below</source>
        <translation>Bara organisationerna som markeras nedan</translation>
    </message>
    <message>
        <source>One list for all organisations instead of one per organisation</source>
        <translation>En lista för alla organisationer i stället för en per organisation</translation>
    </message>
    <message>
        <source>Word (.docx) for reading</source>
        <translation>Word (.docx) för läsning</translation>
    </message>
    <message>
        <source>Excel (.xlsx) for answering</source>
        <translation>Excel (.xlsx) för svar</translation>
    </message>
    <message>
        <source>Also the Word lists as PDF</source>
        <translation>Word-listorna även som PDF</translation>
    </message>
    <message>
        <source>The files go into a sub-folder named after today&apos;s date.</source>
        <translation>Filerna hamnar i en undermapp med dagens datum.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Välj mapp</translation>
    </message>
    <message>
        <source>Choose Word, Excel or both.</source>
        <translation>Välj Word, Excel eller båda.</translation>
    </message>
    <message>
        <source>Select at least one organisation.</source>
        <translation>Markera minst en organisation.</translation>
    </message>
    <message>
        <source>Exporting action lists…</source>
        <translation>Exporterar åtgärdslistor…</translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export minutes to Word</source>
        <translation>Exportera minnesanteckningar till Word</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Include confidential incidents</source>
        <translation>Ta med sekretessmarkerade händelser</translation>
    </message>
    <message>
        <source>Include a map of the week&apos;s incidents</source>
        <translation>Ta med karta över veckans händelser</translation>
    </message>
    <message>
        <source>A page at the end with the incidents per place since the previous meeting, on the map of the kommun.</source>
        <translation>En sida sist i dokumentet med händelserna per plats sedan förra mötet, på kartan över kommunen.</translation>
    </message>
    <message>
        <source>Confidential incidents are left out unless you tick this. If included, the document is marked confidential on every page.</source>
        <translation>Sekretessmarkerade händelser utelämnas om du inte kryssar i rutan. Tas de med får varje sida i dokumentet en sekretessmarkering.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>Fil&amp;namn</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new export?</source>
        <translation>%1 finns redan. Vill du ersätta den med en ny export?</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Välj mapp</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Open the document</source>
        <translation>Öppna dokumentet</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fil sparad i %1</numerusform>
            <numerusform>%n filer sparade i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModels</name>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål/effekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>1 decided</source>
        <translation>1 beslutad</translation>
    </message>
    <message>
        <source>%1 decided</source>
        <translation>%1 beslutade</translation>
    </message>
    <message>
        <source>1 done</source>
        <translation>1 klar</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 klara</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 öppen</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 öppna</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 försenad</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 försenade</translation>
    </message>
    <message>
        <source>%1 carried out · %2 under way · %3 not started</source>
        <translation>%1 genomförda · %2 pågår · %3 ej påbörjade</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>Incidents per year</source>
        <translation>Händelser per år</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>Senaste status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;New agreement period…</source>
        <translation>&amp;Ny avtalsperiod…</translation>
    </message>
    <message>
        <source>&amp;Delete agreement…</source>
        <translation>Ta &amp;bort avtal…</translation>
    </message>
    <message>
        <source>Action p&amp;lan (bilaga 1)</source>
        <translation>&amp;Handlingsplan (bilaga 1)</translation>
    </message>
    <message>
        <source>Overall &amp;goals</source>
        <translation>Öv&amp;ergripande mål</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Agr&amp;eement</source>
        <translation>&amp;Avtal</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Å&amp;r</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Ta bort avtal</translation>
    </message>
    <message>
        <source>Delete %1 with its focus areas, goals and action plan? Only an agreement entered by mistake, that nothing refers to yet, can be deleted.</source>
        <translation>Ta bort %1 med dess fokusområden, mål och handlingsplan? Bara ett avtal som lagts in av misstag och som inget ännu hänvisar till kan tas bort.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>&amp;Count confidential incidents</source>
        <translation>Räkna sekretessmarkera&amp;de händelser</translation>
    </message>
    <message>
        <source>The ledningsgrupp&apos;s assessment: is the goal being reached?</source>
        <translation>Ledningsgruppens bedömning: nås målet?</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation>Spara anteckningen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Action plan &amp;rows of the goal</source>
        <translation>Handlingsplanens rader för må&amp;let</translation>
    </message>
    <message>
        <source>No&amp;te on the goal</source>
        <translation>Ante&amp;ckning om målet</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;The weekly meeting&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Meetings&lt;/b&gt;: create this week&apos;s meeting (the agenda follows the agreement&apos;s focus areas). 2. &lt;b&gt;The meeting&lt;/b&gt;: go through the items; record incidents and decide actions with a responsible organisation and a due date. 3. Review the open actions from earlier meetings. 4. Export the minutes and finalise the meeting.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Up / Alt+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next agenda item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K, P, D, A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;in the review: done, in progress, new due date, cancelled; &lt;b&gt;Backspace&lt;/b&gt; undoes, &lt;b&gt;Enter&lt;/b&gt; confirms an answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;present on the meeting-room screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous slide or page while presenting; &lt;b&gt;Esc&lt;/b&gt; ends&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B, K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;on the projector: blank screen, map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Veckans möte&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Möten&lt;/b&gt;: skapa veckans möte (dagordningen följer överenskommelsens fokusområden). 2. &lt;b&gt;Mötet&lt;/b&gt;: gå igenom punkterna; för in händelser och besluta åtgärder med ansvarig organisation och slutdatum. 3. Gå igenom de öppna åtgärderna från tidigare möten. 4. Exportera minnesanteckningarna och avsluta mötet.&lt;/p&gt;&lt;h3&gt;Tangenter&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Upp / Alt+Ned&lt;/b&gt;&lt;/td&gt;&lt;td&gt;föregående / nästa punkt på dagordningen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K, P, D, A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;i genomgången: klar, pågår, nytt datum, avbruten; &lt;b&gt;Backsteg&lt;/b&gt; ångrar, &lt;b&gt;Enter&lt;/b&gt; bekräftar ett svar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;visa på skärmen i mötesrummet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down / Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nästa / föregående bild eller sida under visningen; &lt;b&gt;Esc&lt;/b&gt; avslutar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B, K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;på projektorn: svart skärm, karta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;avsluta programmet&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EST Desktop %1&lt;/h3&gt;&lt;p&gt;For the weekly EST meeting (Effektiv samordning för trygghet) of the kommun and the police.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EST Desktop %1&lt;/h3&gt;&lt;p&gt;För det veckovisa EST-mötet (Effektiv samordning för trygghet) mellan kommunen och polisen.&lt;/p&gt;&lt;p&gt;Databas: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>H&amp;jälp</translation>
    </message>
    <message>
        <source>Keys and first steps</source>
        <translation>Tangenter och första steg</translation>
    </message>
    <message>
        <source>About EST Desktop</source>
        <translation>Om EST Desktop</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address or spot</source>
        <translation>Adress eller precisering</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Rapporterande organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Händelser</translation>
    </message>
    <message>
        <source>&amp;Import incidents…</source>
        <translation>&amp;Importera händelser…</translation>
    </message>
    <message>
        <source>Read incidents from a CSV or Excel file, with a mapping of its columns</source>
        <translation>Läs in händelser från en CSV- eller Excel-fil, med en mappning av dess kolumner</translation>
    </message>
    <message>
        <source>Import &amp;survey answers…</source>
        <translation>Importera &amp;enkätsvar…</translation>
    </message>
    <message>
        <source>Im&amp;ports…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Every imported file, and undoing an import</source>
        <translation>Alla importerade filer, och att ångra en import</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) imported</source>
        <translation>
            <numerusform>%n händelse importerad</numerusform>
            <numerusform>%n händelser importerade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Importera svar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Godta alla</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Avvisa alla</translation>
    </message>
    <message>
        <source>Proposed changes: tick the ones to apply</source>
        <translation>Föreslagna ändringar: kryssa i dem som ska genomföras</translation>
    </message>
    <message>
        <source>Answers that cannot be applied</source>
        <translation>Svar som inte kan genomföras</translation>
    </message>
    <message>
        <source>Apply ticked changes</source>
        <translation>Genomför ikryssade ändringar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n fil kontrollerad.</numerusform>
            <numerusform>%n filer kontrollerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed.</source>
        <translation>
            <numerusform>%n ändring föreslagen.</numerusform>
            <numerusform>%n ändringar föreslagna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be applied.</source>
        <translation>
            <numerusform>%n kan inte tillämpas.</numerusform>
            <numerusform>%n kan inte tillämpas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported.</source>
        <translation>
            <numerusform>%n redan importerade.</numerusform>
            <numerusform>%n redan importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is ticked, so nothing was applied.</source>
        <translation>Ingen ändring är ikryssad, så inget genomfördes.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Nothing was applied</source>
        <translation>Inget genomfördes</translation>
    </message>
    <message>
        <source>These answers no longer apply, so nothing was changed:</source>
        <translation>De här svaren går inte längre att genomföra, så ingenting ändrades:</translation>
    </message>
    <message>
        <source>Choose answered action lists</source>
        <translation>Välj besvarade åtgärdslistor</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Undo the import…</source>
        <translation>&amp;Ångra importen…</translation>
    </message>
    <message>
        <source>Undoing an import removes the rows it saved. An import of incidents can be undone until one of them has been taken up at a meeting or linked to an action. Places it added stay under Settings → Places.</source>
        <translation>Att ångra en import tar bort raderna den sparade. En import av händelser kan ångras tills någon av dem har tagits upp på ett möte eller kopplats till en åtgärd. Platser som importen lade till finns kvar under Inställningar → Platser.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them has been corrected since the import; the corrections go too.</source>
        <translation>
            <numerusform>%n av dem har rättats sedan importen; rättelsen försvinner också.</numerusform>
            <numerusform>%n av dem har rättats sedan importen; rättelserna försvinner också.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Ångra importen</translation>
    </message>
    <message>
        <source>Remove the %1 rows imported from %2 on %3?</source>
        <translation>Ta bort de %1 rader som importerades från %2 den %3?</translation>
    </message>
</context>
<context>
    <name>ImportIncidentsDialog</name>
    <message>
        <source>Tables (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx *.xlsm *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Importera händelser</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Sparad &amp;mappning:</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Every row is confidential</source>
        <translation>Alla rader är sekretessmarkerade</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Reporting organisation:</source>
        <translation>Rapporterande organisation:</translation>
    </message>
    <message>
        <source>Focus area:</source>
        <translation>Fokusområde:</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Vilken kolumn innehåller vad</translation>
    </message>
    <message>
        <source>Where the file says nothing</source>
        <translation>Där filen inte säger något</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Betyder</translation>
    </message>
    <message>
        <source>And focus area</source>
        <translation>Och fokusområde</translation>
    </message>
    <message>
        <source>Values not in the lists</source>
        <translation>Värden som inte finns i listorna</translation>
    </message>
    <message>
        <source>Show only rows that need attention</source>
        <translation>Visa bara rader som behöver åtgärdas</translation>
    </message>
    <message>
        <source>(no focus area)</source>
        <translation>(inget fokusområde)</translation>
    </message>
    <message>
        <source>Remove personal identity numbers from the text of ticked rows</source>
        <translation>Ta bort personnummer ur texten på markerade rader</translation>
    </message>
    <message>
        <source>Keep the text of ticked rows as it is</source>
        <translation>Behåll texten på markerade rader som den är</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen att importera</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>(new mapping)</source>
        <translation>(ny mappning)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <source>Name (for example the source the files come from):</source>
        <translation>Namn (till exempel källan som filerna kommer från):</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file. Nothing is saved until you import.</source>
        <translation>Välj en CSV- eller Excel-fil. Inget sparas förrän du importerar.</translation>
    </message>
    <message>
        <source>This file was imported %1 by %2 (%3 incidents). Importing it again would add nothing; undo that import first under Incidents → Imports.</source>
        <translation>Filen importerades %1 av %2 (%3 händelser). En ny import skulle inte lägga till något; ångra först den importen under Händelser → Importer.</translation>
    </message>
    <message>
        <source>Ready: %1 · cannot be imported: %2 · held back for a personal identity number: %3 · duplicates: %4. Tick held-back rows to import them all the same.</source>
        <translation>Klara: %1 · kan inte importeras: %2 · väntar på grund av personnummer: %3 · dubbletter: %4. Markera väntande rader för att importera dem ändå.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n incident(s)</source>
        <translation>
            <numerusform>&amp;Importera %n händelse</numerusform>
            <numerusform>&amp;Importera %n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Map each to an entry of the list once: a saved mapping keeps it, saved again with each import.</source>
        <translation>Koppla varje värde till listan en gång: en sparad mappning behåller det och sparas igen vid varje import.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (förslag)</translation>
    </message>
    <message>
        <source>Add “%1” as a new place</source>
        <translation>Lägg till ”%1” som ny plats</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) imported from %1.</source>
        <translation>
            <numerusform>%n händelse importerad från %1.</numerusform>
            <numerusform>%n händelser importerade från %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Importen avbröts. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan inte importeras</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Redan sparad</translation>
    </message>
    <message>
        <source>Repeats row %1</source>
        <translation>Upprepar rad %1</translation>
    </message>
    <message>
        <source>Ready, new place</source>
        <translation>Klar, ny plats</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Something like a personal identity number in: %1.</source>
        <translation>Något som liknar ett personnummer i: %1.</translation>
    </message>
    <message>
        <source>The same date, place, category and description as a saved incident.</source>
        <translation>Samma datum, plats, kategori och beskrivning som en sparad händelse.</translation>
    </message>
    <message>
        <source>The same date, place, category and description as an earlier row.</source>
        <translation>Samma datum, plats, kategori och beskrivning som en tidigare rad.</translation>
    </message>
    <message>
        <source>Tick the row to import it.</source>
        <translation>Markera raden för att importera den.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>ImportSurveyDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Importera enkätsvar</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>The answers are about &amp;week:</source>
        <translation>Svaren gäller &amp;vecka:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Is the factor</source>
        <translation>Är faktorn</translation>
    </message>
    <message>
        <source>Names in the file that are not the survey&apos;s factors: say what each is.</source>
        <translation>Namn i filen som inte är enkätens faktorer: ange vad vart och ett är.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Choose the survey&apos;s export</source>
        <translation>Välj enkätens export</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (förslag)</translation>
    </message>
    <message>
        <source>(not a factor: leave out)</source>
        <translation>(ingen faktor: utelämna)</translation>
    </message>
    <message>
        <source>Choose the survey tool&apos;s export (CSV or Excel): one row per rapportör and factor, or one column per factor.</source>
        <translation>Välj exporten från enkätverktyget (CSV eller Excel): en rad per rapportör och faktor, eller en kolumn per faktor.</translation>
    </message>
    <message>
        <source>This file has already been imported.</source>
        <translation>Filen har redan importerats.</translation>
    </message>
    <message>
        <source>%1 already has survey answers from another file. Undo that import first under Incidents → Imports if this file replaces it.</source>
        <translation>%1 har redan enkätsvar från en annan fil. Ångra först den importen under Händelser → Importer om den här filen ersätter den.</translation>
    </message>
    <message>
        <source>%1: %2 rapportörer answered about %3 factors.</source>
        <translation>%1: %2 rapportörer svarade om %3 faktorer.</translation>
    </message>
    <message>
        <source>Nothing in the file can be counted.</source>
        <translation>Inget i filen kan räknas.</translation>
    </message>
    <message>
        <source>The survey answers from %1 are saved.</source>
        <translation>Enkätsvaren från %1 är sparade.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Type to find a place</source>
        <translation>Skriv för att söka plats</translation>
    </message>
    <message>
        <source>e.g. street, building (optional)</source>
        <translation>t.ex. gata, byggnad (frivilligt)</translation>
    </message>
    <message>
        <source>— no focus area —</source>
        <translation>— inget fokusområde —</translation>
    </message>
    <message>
        <source>— no category —</source>
        <translation>— ingen kategori —</translation>
    </message>
    <message>
        <source>— choose source —</source>
        <translation>— välj källa —</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— ej angivet —</translation>
    </message>
    <message>
        <source>What happened? Enter saves, Shift+Enter makes a new line.</source>
        <translation>Vad hände? Enter sparar, Skift+Enter ger ny rad.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretessmarkerad</translation>
    </message>
    <message>
        <source>Never shown on the projector; left out of minutes unless included on export.</source>
        <translation>Visas aldrig på projektorn och utelämnas ur minnesanteckningarna om den inte tas med vid export.</translation>
    </message>
    <message>
        <source>EST records places and events, not named private persons.</source>
        <translation>EST registrerar platser och händelser, inte namngivna privatpersoner.</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Spara händelse</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Precisering</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Fokusområde</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Kä&amp;lla</translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation>&amp;Rapporterad av</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Vad hände</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importerad från %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Municipal department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>External actor</source>
        <translation>Extern aktör</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>EST meeting %1 (%2)</source>
        <translation>EST-möte %1 (%2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <source>New due date %1</source>
        <translation>Nytt slutdatum %1</translation>
    </message>
    <message>
        <source>%1 according to the answer from %2 – confirm (Enter)</source>
        <translation>%1 enligt svar från %2 – bekräfta (Enter)</translation>
    </message>
    <message>
        <source>%1 according to the answer from %2 – to confirm</source>
        <translation>%1 enligt svar från %2 – bekräfta</translation>
    </message>
    <message>
        <source>Overdue: open with its due date passed, counted from today (for a meeting already held, from the meeting day).</source>
        <translation>Försenad: öppen och sista dag passerad, räknat från i dag (för ett möte som redan hållits: från mötesdagen).</translation>
    </message>
</context>
<context>
    <name>LagesbildPage</name>
    <message>
        <source>Per week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alla fokusområden</translation>
    </message>
    <message>
        <source>%n focus areas</source>
        <translation>%n fokusområden</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>%n places</source>
        <translation>%n platser</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>%n sources</source>
        <translation>%n källor</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>%n organisations</source>
        <translation>%n organisationer</translation>
    </message>
    <message>
        <source>Include &amp;confidential incidents</source>
        <translation>Ta med s&amp;ekretessmarkerade händelser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Incidents per place</source>
        <translation>Händelser per plats</translation>
    </message>
    <message>
        <source>Incidents per weekday</source>
        <translation>Händelser per veckodag</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Händelser över tid</translation>
    </message>
    <message>
        <source>Actions per organisation</source>
        <translation>Åtgärder per organisation</translation>
    </message>
    <message>
        <source>Actions per focus area</source>
        <translation>Åtgärder per fokusområde</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>Pl&amp;atser</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;Week pulse</source>
        <translation>&amp;Veckopuls</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>Utveckli&amp;ng</translation>
    </message>
    <message>
        <source>Actions per o&amp;rganisation</source>
        <translation>Åtgärder per &amp;organisation</translation>
    </message>
    <message>
        <source>Actions per focus &amp;area</source>
        <translation>Åtgärder per &amp;fokusområde</translation>
    </message>
    <message>
        <source>Surve&amp;y</source>
        <translation>Enkät&amp;svar</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Senaste 4 veckorna</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <source>The agreement period</source>
        <translation>Avtalsperioden</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>Perio&amp;d</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>f&amp;rån</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;till</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) recorded without a time of day are not in the grid.</source>
        <translation>
            <numerusform>%n händelse utan klockslag ingår inte i rutnätet.</numerusform>
            <numerusform>%n händelser utan klockslag ingår inte i rutnätet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart shows all focus areas together. Choose at most %1 focus areas in the filter to see them one by one; the table has each of them.</source>
        <translation>Diagrammet visar alla fokusområden tillsammans. Välj högst %1 fokusområden i filtret för att se dem var för sig; tabellen har vart och ett.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) from %1</source>
        <translation>
            <numerusform>%n händelse, %1</numerusform>
            <numerusform>%n händelser, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(confidential incidents not counted)</source>
        <translation>(sekretessmarkerade händelser räknas inte)</translation>
    </message>
</context>
<context>
    <name>LagesbildTables</name>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (a year earlier)</source>
        <translation>%1 (året innan)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Median dagar till stängd</translation>
    </message>
</context>
<context>
    <name>ListControls</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Active (offered as a choice)</source>
        <translation>Aktiv (visas som val)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>EST Desktop</source>
        <translation>EST Desktop</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>Meeting &amp;workspace</source>
        <translation>M&amp;ötet</translation>
    </message>
    <message>
        <source>&amp;Action register</source>
        <translation>&amp;Åtgärdsregister</translation>
    </message>
    <message>
        <source>&amp;My actions</source>
        <translation>Mi&amp;na åtgärder</translation>
    </message>
    <message>
        <source>Situation &amp;picture</source>
        <translation>L&amp;ägesbild</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Ö&amp;ppna databas …</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>N&amp;y databas …</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Anslut till server …</translation>
    </message>
    <message>
        <source>Work in a shared database on a server, together with the other desks</source>
        <translation>Arbeta i en delad databas på en server, tillsammans med de andra</translation>
    </message>
    <message>
        <source>Use the database on &amp;this computer</source>
        <translation>Använd databasen på &amp;den här datorn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Avs&amp;luta</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>EST databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>EST-databaser (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>EST databases (*.sqlite3)</source>
        <translation>EST-databaser (*.sqlite3)</translation>
    </message>
    <message>
        <source>The connection to the server was lost – trying again…</source>
        <translation>Förbindelsen med servern bröts – försöker igen …</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>Ansluten igen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Exportera minnesanteckningar…</translation>
    </message>
    <message>
        <source>Finalise meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>Återöppna mötet</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Presentera (F5)</translation>
    </message>
    <message>
        <source>Action lists…</source>
        <translation>Åtgärdslistor…</translation>
    </message>
    <message>
        <source>Export action lists for the organisations</source>
        <translation>Exportera åtgärdslistor till organisationerna</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importera svar…</translation>
    </message>
    <message>
        <source>Read answered action lists back</source>
        <translation>Läs in besvarade åtgärdslistor</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Write a follow-up or end-of-period report to Word</source>
        <translation>Skriv en uppföljning eller slutrapport till Word</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Inget möte öppet</translation>
    </message>
    <message>
        <source>Finalise %1? The meeting becomes read-only; it can be reopened, and the reopening is recorded.</source>
        <translation>Avsluta %1? Mötet blir skrivskyddat. Det går att öppna igen, och det antecknas i mötets historik.</translation>
    </message>
    <message>
        <source>The meeting is finalised. Reopen it for changes?
The reopening is recorded in the meeting&apos;s history. Reason (optional):</source>
        <translation>Mötet är avslutat. Vill du återöppna det för ändringar?
Återöppningen noteras i mötets historik. Anledning (frivilligt):</translation>
    </message>
    <message>
        <source>Exporting minutes…</source>
        <translation>Exporterar minnesanteckningar…</translation>
    </message>
    <message>
        <source>Minutes saved: %1</source>
        <translation>Minnesanteckningarna har sparats: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fil sparad i %1</numerusform>
            <numerusform>%n filer sparade i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) applied</source>
        <translation>
            <numerusform>%n svar tillämpat</numerusform>
            <numerusform>%n svar tillämpade</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapporten sparad: %1</translation>
    </message>
</context>
<context>
    <name>MapPickerDialog</name>
    <message>
        <source>Place %1 on the map</source>
        <translation>Placera %1 på kartan</translation>
    </message>
    <message>
        <source>Click the &amp;place&apos;s position</source>
        <translation>Klicka där &amp;platsen ligger</translation>
    </message>
    <message>
        <source>Click the corners of its &amp;area</source>
        <translation>Klicka hörnen i dess &amp;område</translation>
    </message>
    <message>
        <source>&amp;Clear the area</source>
        <translation>&amp;Rensa området</translation>
    </message>
    <message>
        <source>The mouse wheel zooms; a double click shows the whole kommun again.</source>
        <translation>Mushjulet zoomar; dubbelklicka för att se hela kommunen igen.</translation>
    </message>
    <message>
        <source>Map to click on</source>
        <translation>Karta att klicka på</translation>
    </message>
    <message>
        <source>Not on the map yet.</source>
        <translation>Inte på kartan än.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Läge: %1</translation>
    </message>
    <message numerus="yes">
        <source>Area: %n corner(s).</source>
        <translation>
            <numerusform>Område: %n hörn.</numerusform>
            <numerusform>Område: %n hörn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>not on the map</source>
        <translation>inte på kartan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Incidents on the map</source>
        <translation>Händelser på kartan</translation>
    </message>
    <message>
        <source>Incidents at the place</source>
        <translation>Händelser på platsen</translation>
    </message>
    <message>
        <source>Click a place on the map to list its incidents.</source>
        <translation>Klicka på en plats på kartan för att se dess händelser.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n händelse</numerusform>
            <numerusform>%1: %n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %1 are listed)</source>
        <translation>(de %1 senaste visas)</translation>
    </message>
</context>
<context>
    <name>MeetingDefaultsEditor</name>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Used to propose the first meeting; later meetings follow the one before. The organisation name appears in minutes and action lists.</source>
        <translation>Används för att föreslå det första mötet; senare möten utgår från mötet före. Organisationens namn står i minnesanteckningar och åtgärdslistor.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Sammankallande</translation>
    </message>
    <message>
        <source>Organisation in documents</source>
        <translation>Organisation i dokument</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Change date, time or room…</source>
        <translation>Ändra datum, tid eller lokal…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>No meetings yet. Start with &lt;b&gt;New meeting…&lt;/b&gt;: the agenda follows the agreement&apos;s focus areas, and the meeting opens in &lt;b&gt;The meeting&lt;/b&gt;. The places, organisations and sources are in &lt;b&gt;Settings&lt;/b&gt;; &lt;b&gt;Help&lt;/b&gt; (F1) lists every key.</source>
        <translation>Inga möten än. Börja med &lt;b&gt;Nytt möte…&lt;/b&gt;: dagordningen följer överenskommelsens fokusområden, och mötet öppnas under &lt;b&gt;Mötet&lt;/b&gt;. Platser, organisationer och källor finns under &lt;b&gt;Inställningar&lt;/b&gt;; &lt;b&gt;Hjälp&lt;/b&gt; (F1) visar alla tangenter.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1 into another place</source>
        <translation>Slå ihop %1 med en annan plats</translation>
    </message>
    <message>
        <source>Keep the place</source>
        <translation>Behåll platsen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
</context>
<context>
    <name>MyActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Senaste notering</translation>
    </message>
</context>
<context>
    <name>MyActionsPage</name>
    <message>
        <source>Filter: type words from the action</source>
        <translation>Filter: skriv ord ur åtgärden</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mina åtgärder</translation>
    </message>
    <message>
        <source>My actions – %1</source>
        <translation>Mina åtgärder – %1</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Your organisation&apos;s open actions. Answer here instead of in the Excel list: the convener sees the answer at once, at the next meeting&apos;s review.</source>
        <translation>Din organisations öppna åtgärder. Svara här i stället för i Excel-listan: samordnaren ser svaret direkt, vid nästa mötes genomgång.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>— unchanged —</source>
        <translation>— oförändrad —</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation>Nytt &amp;klart senast</translation>
    </message>
    <message>
        <source>How is it going? Enter saves.</source>
        <translation>Hur går det? Enter sparar.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>S&amp;para svaret</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>Ny &amp;status</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation>Besvarat &amp;av</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n öppen åtgärd</numerusform>
            <numerusform>%n öppna åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an action in the list to answer it.</source>
        <translation>Välj en åtgärd i listan för att svara på den.</translation>
    </message>
    <message>
        <source>This action is no longer open.</source>
        <translation>Åtgärden är inte längre öppen.</translation>
    </message>
    <message>
        <source>It was closed at another desk. Your text is kept in the form.</source>
        <translation>Den avslutades vid en annan dator. Din text finns kvar i formuläret.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Klart senast: %1</translation>
    </message>
    <message>
        <source>Latest note: %1</source>
        <translation>Senaste notering: %1</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>Åtgärden finns inte längre.</translation>
    </message>
    <message>
        <source>Answer saved. The convener sees it in the review of open actions.</source>
        <translation>Svaret är sparat. Samordnaren ser det i genomgången av öppna åtgärder.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>NamedListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Lokal</translation>
    </message>
    <message>
        <source>&amp;Convener</source>
        <translation>&amp;Sammankallande</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Skapa möte</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
</context>
<context>
    <name>NextMeetingPanel</name>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Planera nästa möte</translation>
    </message>
    <message>
        <source>Open the next meeting</source>
        <translation>Öppna nästa möte</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Nästa möte: %1</translation>
    </message>
    <message>
        <source>No next meeting is planned yet. The usual slot would be %1.</source>
        <translation>Nästa möte är inte planerat än. Den vanliga tiden vore %1.</translation>
    </message>
</context>
<context>
    <name>OrganisationChoiceModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the server</source>
        <translation>Lösenord till servern</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Lösenord för %1:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>Kom i&amp;håg lösenordet i datorns nyckelring</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ans&amp;lut</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Also save as PD&amp;F</source>
        <translation>Spara även som P&amp;DF</translation>
    </message>
    <message>
        <source>A PDF beside each Word file, made by LibreOffice (or Word on Windows) from the very same document.</source>
        <translation>En PDF bredvid varje Word-fil, gjord av LibreOffice (eller Word i Windows) från just det dokumentet.</translation>
    </message>
</context>
<context>
    <name>PersonalNumbers</name>
    <message>
        <source>Personal identity number in the text</source>
        <translation>Personnummer i texten</translation>
    </message>
    <message>
        <source>Remove it before saving, or save the text as it is?</source>
        <translation>Vill du ta bort det innan du sparar, eller spara texten som den är?</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Ta bort det</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Spara ändå</translation>
    </message>
    <message>
        <source>Personal identity number in the document</source>
        <translation>Personnummer i dokumentet</translation>
    </message>
    <message>
        <source>Found under: %1</source>
        <translation>Hittat under: %1</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exportera ändå</translation>
    </message>
</context>
<context>
    <name>PlaceListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>På kartan</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Select a row of the action plan.</source>
        <translation>Välj en rad i handlingsplanen.</translation>
    </message>
    <message>
        <source>What was done this year, and with what effect</source>
        <translation>Vad gjordes i år, och med vilken effekt</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save status and note (Ctrl+S)</source>
        <translation>Spara status och anteckning (Ctrl+S)</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>Kopplade åtgärder</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Ante&amp;ckning</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>Histori&amp;k per år</translation>
    </message>
    <message>
        <source>Lin&amp;ked actions</source>
        <translation>Kopplade åt&amp;gärder</translation>
    </message>
    <message>
        <source>F&amp;ocus area</source>
        <translation>&amp;Fokusområde</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alla fokusområden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Stat&amp;us %1</source>
        <translation>S&amp;tatus %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål/effekt</translation>
    </message>
</context>
<context>
    <name>PositionBox</name>
    <message>
        <source>On the map</source>
        <translation>På kartan</translation>
    </message>
    <message>
        <source>e.g. 55.3751, 13.1569</source>
        <translation>t.ex. 55,3751, 13,1569</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees (decimal point or comma), degrees and minutes as web maps show them, or SWEREF 99 TM (N 6138079 E 383209).</source>
        <translation>Latitud och longitud i grader (decimalkomma eller punkt), grader och minuter som webbkartor visar dem, eller SWEREF 99 TM (N 6138079 E 383209).</translation>
    </message>
    <message>
        <source>Save pos&amp;ition</source>
        <translation>Spara &amp;läge</translation>
    </message>
    <message>
        <source>Pick on the ma&amp;p…</source>
        <translation>&amp;Välj på kartan…</translation>
    </message>
    <message>
        <source>&amp;Take off the map</source>
        <translation>Ta bort från kart&amp;an</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Slå i&amp;hop med…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>The map shows</source>
        <translation>Kartan visar</translation>
    </message>
    <message>
        <source>Save the place first, then place it on the map.</source>
        <translation>Spara platsen först, placera den sedan på kartan.</translation>
    </message>
    <message numerus="yes">
        <source>Area with %n corner(s)</source>
        <translation>
            <numerusform>Område med %n hörn</numerusform>
            <numerusform>Område med %n hörn</numerusform>
        </translation>
    </message>
    <message>
        <source>No area drawn</source>
        <translation>Inget område ritat</translation>
    </message>
    <message>
        <source>Not on the map yet</source>
        <translation>Inte på kartan än</translation>
    </message>
    <message>
        <source>Merge places</source>
        <translation>Slå ihop platser</translation>
    </message>
    <message>
        <source>Every incident at %1 moves to %2, and %1 is removed from the list. The change log keeps each move. Merge?</source>
        <translation>Alla händelser på %1 flyttas till %2, och %1 tas bort ur listan. Ändringsloggen behåller varje flytt. Slå ihop?</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>EST Desktop – presentation</source>
        <translation>EST Desktop – visning i mötesrummet</translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Previous item on the screen (Page Up)</source>
        <translation>Föregående punkt på skärmen (Page Up)</translation>
    </message>
    <message>
        <source>Next item on the screen (Page Down)</source>
        <translation>Nästa punkt på skärmen (Page Down)</translation>
    </message>
    <message>
        <source>Show selected item</source>
        <translation>Visa markerad punkt</translation>
    </message>
    <message>
        <source>Follow selection</source>
        <translation>Följ markeringen</translation>
    </message>
    <message>
        <source>Freeze screen</source>
        <translation>Frys skärmen</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>Svart skärm (B)</translation>
    </message>
    <message>
        <source>Map (K)</source>
        <translation>Karta (K)</translation>
    </message>
    <message>
        <source>Show the week&apos;s map instead of the trend on the focus-area slides (K)</source>
        <translation>Visa veckans karta i stället för trenden på fokusområdenas bilder (K)</translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation>Skärm för presentationen</translation>
    </message>
    <message>
        <source>End presentation (Esc)</source>
        <translation>Avsluta presentationen (Esc)</translation>
    </message>
    <message>
        <source>On screen: § %1 %2 (%1 of %3)</source>
        <translation>På skärmen: § %1 %2 (%1 av %3)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Delete incident</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Händelser</translation>
    </message>
    <message>
        <source>Actions &amp;decided</source>
        <translation>&amp;Beslutade åtgärder</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Ny plats</translation>
    </message>
    <message>
        <source>“%1” is not among the places. Add the place “%1” and save the incident?</source>
        <translation>”%1” finns inte bland platserna. Lägg till platsen ”%1” och spara händelsen?</translation>
    </message>
    <message>
        <source>Delete the selected incident?</source>
        <translation>Ta bort den markerade händelsen?</translation>
    </message>
    <message>
        <source>Delete the selected action?</source>
        <translation>Ta bort den markerade åtgärden?</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Double-click an action to open the meeting that decided it</source>
        <translation>Dubbelklicka på en åtgärd för att öppna mötet som beslutade den</translation>
    </message>
    <message>
        <source>Move to &amp;another organisation…</source>
        <translation>Flytta till &amp;annan organisation…</translation>
    </message>
    <message>
        <source>Move &amp;due dates…</source>
        <translation>Flytta slut&amp;datum…</translation>
    </message>
    <message>
        <source>Select an action to see its history.</source>
        <translation>Välj en åtgärd för att se dess historik.</translation>
    </message>
    <message>
        <source>Save the list for Excel…</source>
        <translation>Spara listan för Excel…</translation>
    </message>
    <message>
        <source>The actions shown, with these filters, as an .xlsx file</source>
        <translation>De åtgärder som visas, med de här filtren, som en .xlsx-fil</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Fokusområde</translation>
    </message>
    <message>
        <source>Action register</source>
        <translation>Åtgärdsregister</translation>
    </message>
    <message>
        <source>Action register %1.xlsx</source>
        <translation>Åtgärdsregister %1.xlsx</translation>
    </message>
    <message>
        <source>Save the list for Excel</source>
        <translation>Spara listan för Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Förfaller inom 7 dagar</translation>
    </message>
    <message>
        <source>Stale (3+ meetings)</source>
        <translation>Ej uppdaterade (3+ möten)</translation>
    </message>
    <message>
        <source>Closed in period</source>
        <translation>Stängda under period</translation>
    </message>
    <message>
        <source>Open, and neither reviewed nor answered at the last three meetings or more</source>
        <translation>Öppna, och varken uppföljda eller besvarade under de senaste tre mötena eller fler</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alla fokusområden</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n markerad</numerusform>
            <numerusform>%n markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Senaste uppdatering</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <source>Without update</source>
        <translation>Utan uppdatering</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>new due date %1</source>
        <translation>nytt slutdatum %1</translation>
    </message>
    <message>
        <source>answer from %1</source>
        <translation>svar från %1</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>sekretessmarkerad</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) will move from %1 to %2.</source>
        <translation>
            <numerusform>%n åtgärd flyttas från %1 till %2.</numerusform>
            <numerusform>%n åtgärder flyttas från %1 till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to another organisation</source>
        <translation>Flytta till annan organisation</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>inget slutdatum</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…och %n till.</numerusform>
            <numerusform>…och %n till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) get a new due date:</source>
        <translation>
            <numerusform>%n åtgärd får nytt slutdatum:</numerusform>
            <numerusform>%n åtgärder får nytt slutdatum:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move due dates</source>
        <translation>Flytta slutdatum</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation>Kopplade händelser</translation>
    </message>
    <message>
        <source>Decided at meeting %1</source>
        <translation>Beslutad vid mötet %1</translation>
    </message>
</context>
<context>
    <name>RejectionModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Why it cannot be applied</source>
        <translation>Varför det inte kan genomföras</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write report</source>
        <translation>Skriv rapport</translation>
    </message>
    <message>
        <source>Follow-up for the steering group (uppföljning)</source>
        <translation>Uppföljning för ledningsgruppen</translation>
    </message>
    <message>
        <source>End-of-period report (slutrapport)</source>
        <translation>Slutrapport för hela avtalsperioden</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <source>Count &amp;confidential incidents too</source>
        <translation>Räkna även &amp;sekretessmarkerade händelser</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Period från</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>The whole agreement period: each focus area&apos;s goal, what was done, how incidents developed over the years, and room for your assessment.</source>
        <translation>Hela avtalsperioden: varje fokusområdes mål, vad som gjordes, hur händelserna utvecklades över åren och plats för er bedömning.</translation>
    </message>
    <message>
        <source>Per focus area: incidents compared with the same weeks or months a year earlier, actions decided, closed and overdue, and the action plan&apos;s status.</source>
        <translation>Per fokusområde: händelser jämförda med samma veckor eller månader ett år tidigare, åtgärder beslutade, stängda och försenade samt handlingsplanens status.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta filen?</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept beside it as a separate file, so nothing is lost.</source>
        <translation>Välj den säkerhetskopia du vill gå tillbaka till. Databasen som den är nu sparas bredvid som en egen fil, så inget går förlorat.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) ago</source>
        <translation>
            <numerusform>%n möte sedan</numerusform>
            <numerusform>%n möten sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>New due date %1</source>
        <translation>Nytt datum %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Note (required for “in progress”)</source>
        <translation>Notering (krävs för ”pågår”)</translation>
    </message>
    <message>
        <source>&amp;Done (K)</source>
        <translation>&amp;Klar (K)</translation>
    </message>
    <message>
        <source>In &amp;progress (P)</source>
        <translation>&amp;Pågår (P)</translation>
    </message>
    <message>
        <source>New due &amp;date (D)</source>
        <translation>Nytt &amp;datum (D)</translation>
    </message>
    <message>
        <source>Cance&amp;lled (A)</source>
        <translation>&amp;Avbruten (A)</translation>
    </message>
    <message>
        <source>Undo outcome</source>
        <translation>Ångra utfall</translation>
    </message>
    <message>
        <source>C&amp;onfirm the answer (Enter)</source>
        <translation>&amp;Bekräfta svaret (Enter)</translation>
    </message>
    <message>
        <source>Open actions from earlier meetings, oldest first</source>
        <translation>Öppna åtgärder från tidigare möten, äldst först</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 av %2 genomgångna</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>Latest note: %1</source>
        <translation>Senaste notering: %1</translation>
    </message>
    <message>
        <source>Answer received %1: %2</source>
        <translation>Svar inkommet %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Ny plats</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Redigera plats</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Ny källa</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Redigera källa</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Redigera kategori</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Platser</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>&amp;Källor</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>Kat&amp;egorier</translation>
    </message>
    <message>
        <source>Surve&amp;y factors</source>
        <translation>Enkätfakto&amp;rer</translation>
    </message>
    <message>
        <source>Meeting &amp;defaults</source>
        <translation>&amp;Förval för möten</translation>
    </message>
    <message>
        <source>Documents and lan&amp;guage</source>
        <translation>&amp;Dokument och språk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Questions from the participants.</source>
        <translation>Frågor från deltagarna.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>Incidents since the last meeting</source>
        <translation>Händelser sedan förra mötet</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Inga händelser registrerade.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Inga öppna åtgärder.</translation>
    </message>
    <message>
        <source>No open actions from earlier meetings.</source>
        <translation>Inga öppna åtgärder från tidigare möten.</translation>
    </message>
    <message>
        <source>one meeting ago</source>
        <translation>1 möte sedan</translation>
    </message>
    <message>
        <source>%1 meetings ago</source>
        <translation>%1 möten sedan</translation>
    </message>
    <message>
        <source>Attendance has not been recorded yet.</source>
        <translation>Närvaron är inte registrerad än.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Not decided.</source>
        <translation>Inte bestämt.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Proposed next meeting</source>
        <translation>Förslag till nästa möte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>Händelser per vecka</translation>
    </message>
    <message>
        <source>Incidents per week · w. %1 so far</source>
        <translation>Händelser per vecka · v. %1 hittills</translation>
    </message>
    <message>
        <source>w. %1: %2</source>
        <translation>v. %1: %2</translation>
    </message>
    <message>
        <source>w. %1 so far: %2</source>
        <translation>v. %1 hittills: %2</translation>
    </message>
    <message>
        <source>§ %1 %2 — %1 of %3</source>
        <translation>§ %1 %2 — %1 av %3</translation>
    </message>
    <message>
        <source>⚠ %1 over time</source>
        <translation>⚠ %1 över tiden</translation>
    </message>
    <message>
        <source>(%1/%2)</source>
        <translation>(%1/%2)</translation>
    </message>
    <message>
        <source>(continued %1/%2)</source>
        <translation>(fortsättning %1/%2)</translation>
    </message>
    <message>
        <source>Incidents %1–%2</source>
        <translation>Händelser %1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>No incidents on the map</source>
        <translation>Inga händelser på kartan</translation>
    </message>
</context>
<context>
    <name>SurveyFactorListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Weeks with answers</source>
        <translation>Veckor med svar</translation>
    </message>
</context>
<context>
    <name>SurveyFactorsTab</name>
    <message>
        <source>The weekly survey asks the rapportörer about each active factor. A factor tied to a focus area is shown at that focus area&apos;s agenda item.</source>
        <translation>Veckoenkäten frågar rapportörerna om varje aktiv faktor. En faktor som hör till ett fokusområde visas vid det fokusområdets punkt på dagordningen.</translation>
    </message>
    <message>
        <source>Active (asked in the survey)</source>
        <translation>Aktiv (finns med i enkäten)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>%1 (earlier agreement)</source>
        <translation>%1 (tidigare överenskommelse)</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Ny faktor</translation>
    </message>
    <message>
        <source>Edit factor</source>
        <translation>Redigera faktor</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>wk %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Survey answers per week</source>
        <translation>Enkätsvar per vecka</translation>
    </message>
    <message>
        <source>No survey answers in the period. Import the week&apos;s survey under Incidents → Import survey answers…</source>
        <translation>Inga enkätsvar under perioden. Importera veckans enkät under Händelser → Importera enkätsvar…</translation>
    </message>
    <message>
        <source>No survey answers in the period on factors of the chosen focus areas. Choose all focus areas to see every factor.</source>
        <translation>Inga enkätsvar under perioden om faktorer i de valda fokusområdena. Välj alla fokusområden för att se varje faktor.</translation>
    </message>
    <message>
        <source>Share of reporters who marked it (%)</source>
        <translation>Andel rapportörer som markerat (%)</translation>
    </message>
    <message>
        <source>No survey answers</source>
        <translation>Inga enkätsvar</translation>
    </message>
    <message>
        <source>The chart shows the %1 factors with the highest average. Select rows in the table to see others.</source>
        <translation>Diagrammet visar de %1 faktorer som har högst medel. Markera rader i tabellen för att se andra.</translation>
    </message>
</context>
<context>
    <name>SurveyText</name>
    <message>
        <source>Survey, week %1</source>
        <translation>Enkäten vecka %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n reporter(s)</source>
        <translation>
            <numerusform>%1: %2 av %n rapportör</numerusform>
            <numerusform>%1: %2 av %n rapportörer</numerusform>
        </translation>
    </message>
    <message>
        <source>(no earlier weeks to compare with)</source>
        <translation>(inga veckor före att jämföra med)</translation>
    </message>
    <message numerus="yes">
        <source>(average of the %n week(s) before: %1)</source>
        <translation>
            <numerusform>(snitt %n vecka före: %1)</numerusform>
            <numerusform>(snitt %n veckor före: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Describe what is to be done.</source>
        <translation>Beskriv vad som ska göras.</translation>
    </message>
    <message>
        <source>Choose the organisation responsible for the action.</source>
        <translation>Välj vilken organisation som ansvarar för åtgärden.</translation>
    </message>
    <message>
        <source>The due date is before the meeting that decides the action.</source>
        <translation>Datumet för klart senast ligger före mötet som beslutar om åtgärden. Välj ett senare datum.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Välj en status i listan.</translation>
    </message>
    <message>
        <source>Choose a focus area from the list.</source>
        <translation>Välj ett fokusområde i listan.</translation>
    </message>
    <message>
        <source>Choose a row of the action plan from the list.</source>
        <translation>Välj en rad i handlingsplanen från listan.</translation>
    </message>
    <message>
        <source>A linked incident no longer exists. Remove the link.</source>
        <translation>En kopplad händelse finns inte längre. Ta bort kopplingen.</translation>
    </message>
    <message>
        <source>This action has been reviewed at later meetings. Cancel it instead of deleting it.</source>
        <translation>Åtgärden har följts upp på senare möten. Markera den som avbruten i stället för att ta bort den.</translation>
    </message>
    <message>
        <source>Only actions from earlier meetings are reviewed here.</source>
        <translation>Här följs bara åtgärder från tidigare möten upp.</translation>
    </message>
    <message>
        <source>This action was already closed at an earlier meeting.</source>
        <translation>Åtgärden avslutades redan vid ett tidigare möte (klar eller avbruten) och kan inte följas upp här.</translation>
    </message>
    <message>
        <source>Write a short note on how the action is progressing.</source>
        <translation>Skriv en kort notering om hur arbetet med åtgärden går.</translation>
    </message>
    <message>
        <source>Choose the new due date.</source>
        <translation>Välj det nya datumet för klart senast.</translation>
    </message>
    <message>
        <source>The new due date must not be before this meeting.</source>
        <translation>Det nya datumet får inte ligga före det här mötet. Välj ett senare datum.</translation>
    </message>
    <message>
        <source>There is no answer since the last meeting to confirm.</source>
        <translation>Det finns inget svar sedan förra mötet att bekräfta.</translation>
    </message>
    <message>
        <source>This action was reviewed at a later meeting or answered since. Record the outcome at the latest meeting instead.</source>
        <translation>Åtgärden har följts upp på ett senare möte eller besvarats sedan dess. Registrera utfallet på det senaste mötet i stället.</translation>
    </message>
    <message>
        <source>Enter the date it happened.</source>
        <translation>Ange vilket datum det hände.</translation>
    </message>
    <message>
        <source>The date is in the future. Enter the date it happened.</source>
        <translation>Datumet ligger i framtiden. Ange vilket datum det hände.</translation>
    </message>
    <message>
        <source>Enter a start time, or clear the end time.</source>
        <translation>Ange en starttid eller töm sluttiden.</translation>
    </message>
    <message>
        <source>Choose a place from the list (add new places under Settings).</source>
        <translation>Välj en plats i listan (nya platser lägger du till under Inställningar).</translation>
    </message>
    <message>
        <source>Choose where the report came from.</source>
        <translation>Välj källa, det vill säga varifrån uppgiften kom.</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Välj en kategori i listan.</translation>
    </message>
    <message>
        <source>Choose the reporting organisation from the list.</source>
        <translation>Välj rapporterande organisation i listan.</translation>
    </message>
    <message>
        <source>Describe what happened (places and events, no names of private persons).</source>
        <translation>Beskriv vad som hände (platser och händelser, inga namn på privatpersoner).</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>There is already a meeting on this date. Open it or choose another date.</source>
        <translation>Det finns redan ett möte det här datumet. Öppna det eller välj ett annat datum.</translation>
    </message>
    <message>
        <source>This meeting is finalised and read-only. Reopen it to make changes.</source>
        <translation>Mötet är avslutat och skrivskyddat. Återöppna det för att göra ändringar.</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Ge punkten en rubrik.</translation>
    </message>
    <message>
        <source>Planned time must be between 0 and 480 minutes.</source>
        <translation>Ange en planerad tid mellan 0 och 480 minuter.</translation>
    </message>
    <message>
        <source>This item is part of every EST meeting and cannot be removed. Rename it, or set its planned time to 0 minutes.</source>
        <translation>Punkten ingår i varje EST-möte och kan inte tas bort. Byt namn på den eller sätt den planerade tiden till 0 minuter.</translation>
    </message>
    <message>
        <source>This item has incidents or actions. Move or delete them before removing the item.</source>
        <translation>Punkten har händelser eller åtgärder. Flytta eller ta bort dem innan du tar bort punkten.</translation>
    </message>
    <message>
        <source>The meeting is dated after today: it has not been held yet. Finalise it anyway?</source>
        <translation>Mötet är daterat efter i dag och har inte hållits än. Avsluta det ändå?</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name.</source>
        <translation>Ange deltagarens namn.</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s organisation.</source>
        <translation>Välj deltagarens organisation.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Personen finns redan på listan.</translation>
    </message>
    <message>
        <source>Nobody is recorded as present. Finalise the meeting without attendance?</source>
        <translation>Ingen är registrerad som närvarande. Vill du avsluta mötet utan närvaro?</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <source>The factor has survey answers and cannot be deleted. Untick Active to stop using it.</source>
        <translation>Faktorn har enkätsvar och kan inte tas bort. Avmarkera Aktiv för att sluta använda den.</translation>
    </message>
    <message>
        <source>Name the factor as the survey asks it, for example Hot och våld.</source>
        <translation>Namnge faktorn så som enkäten frågar, till exempel Hot och våld.</translation>
    </message>
    <message>
        <source>That name is already in the list.</source>
        <translation>Namnet finns redan i listan. Ange ett annat namn.</translation>
    </message>
    <message>
        <source>Choose what kind of organisation this is.</source>
        <translation>Välj vilken typ av organisation det är.</translation>
    </message>
    <message>
        <source>This organisation is used in meetings, incidents or actions. Deactivate it instead: it then disappears from the choices but history keeps it.</source>
        <translation>Organisationen används i möten, händelser eller åtgärder. Inaktivera den i stället: då försvinner den från valen men finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Incidents are recorded at this place. Deactivate it instead: it then disappears from the choices but history keeps it.</source>
        <translation>Det finns händelser registrerade på platsen. Inaktivera den i stället: då försvinner den från valen men finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Incidents refer to this entry. Deactivate it instead: it then disappears from the choices but history keeps it.</source>
        <translation>Händelser hänvisar till den här posten. Inaktivera den i stället: då försvinner den ur valen men historiken behåller den.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another folder.</source>
        <translation>Mappen finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>You may not write to this folder. Choose another folder.</source>
        <translation>Du har inte behörighet att skriva i mappen. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The file is open in another program, for example Word. Close it and try again.</source>
        <translation>Filen är öppen i ett annat program, till exempel Word. Stäng den och försök igen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another folder and try again.</source>
        <translation>Disken är full. Frigör utrymme eller välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <source>Write the time as hh:mm, for example 21:30.</source>
        <translation>Skriv tiden som hh:mm, till exempel 21:30.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of EST Desktop. Install the newer version to open it.</source>
        <translation>Databasen har skapats av en nyare version av EST Desktop. Installera den nyare versionen för att öppna den.</translation>
    </message>
    <message>
        <source>The change was not saved: the database is open read-only, or you may not write to its file.</source>
        <translation>Ändringen sparades inte: databasen är öppen skrivskyddad, eller så får du inte skriva till filen.</translation>
    </message>
    <message>
        <source>The change was not saved: another program is using the database. Wait a moment and try again.</source>
        <translation>Ändringen sparades inte: ett annat program använder databasen. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>The change was not saved: the disk is full. Free some space and try again.</source>
        <translation>Ändringen sparades inte: disken är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database server does not answer. Check the network connection; EST Desktop connects again by itself, and nothing you typed is lost.</source>
        <translation>Databasservern svarar inte. Kontrollera nätverksanslutningen; EST Desktop ansluter igen av sig självt, och inget du har skrivit går förlorat.</translation>
    </message>
    <message>
        <source>The database server did not accept the user name or password. Check them and try again.</source>
        <translation>Databasservern godtog inte användarnamnet eller lösenordet. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>The database server has no database by that name. Check the name of the database.</source>
        <translation>Databasservern har ingen databas med det namnet. Kontrollera databasens namn.</translation>
    </message>
    <message>
        <source>The change was not saved: your user on the database server may not make it. Ask the convener if you need it done.</source>
        <translation>Ändringen sparades inte: din användare på databasservern får inte göra den. Be samordnaren om den behöver göras.</translation>
    </message>
    <message>
        <source>The change was not saved: another desk was changing the same records. Try again.</source>
        <translation>Ändringen sparades inte: en annan dator ändrade samma uppgifter. Försök igen.</translation>
    </message>
    <message>
        <source>Nothing was saved: this was only to be read. Please report it as a fault.</source>
        <translation>Inget sparades: det här skulle bara läsas. Rapportera det som ett fel.</translation>
    </message>
    <message>
        <source>The file is not an EST Desktop database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>Filen är inte en databas för EST Desktop, eller så är den skadad. Välj en annan fil eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file is damaged. It has been kept aside unchanged; restore the newest backup to go on working.</source>
        <translation>Databasfilen är skadad. Den har sparats undan oförändrad; återställ den senaste säkerhetskopian för att fortsätta arbeta.</translation>
    </message>
    <message>
        <source>The database file is empty, although there are backups of it: a sync tool or a failed copy may have emptied it. It has been kept aside; restore the newest backup to go on working.</source>
        <translation>Databasfilen är tom, fast det finns säkerhetskopior av den: ett synkprogram eller en misslyckad kopiering kan ha tömt den. Den har lagts undan; återställ den senaste säkerhetskopian för att arbeta vidare.</translation>
    </message>
    <message>
        <source>The database file is missing, although there are backups of it. Restore the newest backup to go on working, or choose the right file with --db.</source>
        <translation>Databasfilen saknas, fast det finns säkerhetskopior av den. Återställ den senaste säkerhetskopian för att arbeta vidare, eller välj rätt fil med --db.</translation>
    </message>
    <message>
        <source>The database cannot be opened: its disk is full, and SQLite needs room beside the file to work. The database is not damaged. Free some space and start again.</source>
        <translation>Databasen kan inte öppnas: disken den ligger på är full, och SQLite behöver utrymme bredvid filen för att arbeta. Databasen är inte skadad. Frigör utrymme och starta igen.</translation>
    </message>
    <message>
        <source>The database cannot be opened: the disk it lies on reports a read or write error. The file has been left as it is. Check the disk, or ask your IT support.</source>
        <translation>Databasen kan inte öppnas: disken den ligger på rapporterar ett läs- eller skrivfel. Filen har lämnats som den är. Kontrollera disken eller fråga IT-supporten.</translation>
    </message>
    <message>
        <source>The database cannot be opened: you may not read or write the file or its folder. The file has been left as it is. Check its permissions, or choose another file with --db.</source>
        <translation>Databasen kan inte öppnas: du får inte läsa eller skriva filen eller dess mapp. Filen har lämnats som den är. Kontrollera behörigheterna eller välj en annan fil med --db.</translation>
    </message>
    <message>
        <source>The database was not upgraded because no backup of it could be made first. It is unchanged.</source>
        <translation>Databasen uppgraderades inte eftersom ingen säkerhetskopia av den kunde göras först. Den är oförändrad.</translation>
    </message>
    <message>
        <source>The database on the server is not set up for this version of EST Desktop. Ask the administrator to run est-desktop server-setup for it.</source>
        <translation>Databasen på servern är inte förberedd för den här versionen av EST Desktop. Be administratören köra est-desktop server-setup för den.</translation>
    </message>
    <message>
        <source>This user on the database server is not a user of EST Desktop in this database. Log in with a user made by est-desktop add-user; the administrator&apos;s own user is not used in the app.</source>
        <translation>Den här användaren på databasservern är ingen användare av EST Desktop i den här databasen. Logga in med en användare som skapats med est-desktop add-user; administratörens egen användare används inte i programmet.</translation>
    </message>
    <message>
        <source>The database must be upgraded to this version before it can be opened read-only. Close the other EST Desktop that uses it and start again.</source>
        <translation>Databasen måste uppgraderas till den här versionen innan den kan öppnas skrivskyddad. Stäng det andra EST Desktop som använder den och starta igen.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it still exists and close it in Excel.</source>
        <translation>Filen kunde inte öppnas. Kontrollera att den finns kvar och stäng den i Excel.</translation>
    </message>
    <message>
        <source>The file is not an action list exported from EST Desktop.</source>
        <translation>Filen är inte en åtgärdslista exporterad från EST Desktop.</translation>
    </message>
    <message>
        <source>The action list was exported from another EST database.</source>
        <translation>Åtgärdslistan exporterades från en annan EST-databas.</translation>
    </message>
    <message>
        <source>The action in this row does not exist in this database.</source>
        <translation>Åtgärden på den här raden finns inte i den här databasen.</translation>
    </message>
    <message>
        <source>The action has been closed since the list was exported.</source>
        <translation>Åtgärden har stängts sedan listan exporterades.</translation>
    </message>
    <message>
        <source>The new due date is not a date. Write it as YYYY-MM-DD.</source>
        <translation>Det nya slutdatumet är inte ett datum. Skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The new status is not one of Ny, Pågår, Klar and Avbruten.</source>
        <translation>Den nya statusen är inte någon av Ny, Pågår, Klar och Avbruten.</translation>
    </message>
    <message>
        <source>The action was reviewed at a meeting after this answer was given.</source>
        <translation>Åtgärden följdes upp på ett möte efter att svaret lämnades.</translation>
    </message>
    <message>
        <source>The new due date was already past when the answer was given. Check the year.</source>
        <translation>Det nya slutdatumet hade redan passerat när svaret lämnades. Kontrollera årtalet.</translation>
    </message>
    <message>
        <source>The action list was made by a newer version of EST Desktop.</source>
        <translation>Åtgärdslistan är gjord av en nyare version av EST Desktop.</translation>
    </message>
    <message>
        <source>Choose an active organisation.</source>
        <translation>Välj en aktiv organisation.</translation>
    </message>
    <message>
        <source>The selected actions already belong to that organisation.</source>
        <translation>De markerade åtgärderna hör redan till den organisationen.</translation>
    </message>
    <message>
        <source>Give either a new due date or a number of days.</source>
        <translation>Ange antingen ett nytt slutdatum eller ett antal dagar.</translation>
    </message>
    <message>
        <source>Enter a number of days other than zero.</source>
        <translation>Ange ett antal dagar som inte är noll.</translation>
    </message>
    <message>
        <source>Some of the selected actions have no due date to shift. Give a new date instead.</source>
        <translation>Några av de markerade åtgärderna har inget slutdatum att flytta. Ange ett nytt datum i stället.</translation>
    </message>
    <message>
        <source>The new due date must not be in the past.</source>
        <translation>Det nya slutdatumet får inte ligga bakåt i tiden.</translation>
    </message>
    <message>
        <source>Select at least one action.</source>
        <translation>Markera minst en åtgärd.</translation>
    </message>
    <message>
        <source>One of the selected actions no longer exists. Select them again.</source>
        <translation>En av de markerade åtgärderna finns inte längre. Markera dem på nytt.</translation>
    </message>
    <message>
        <source>Only open actions can be changed. Leave out the actions that are done or cancelled.</source>
        <translation>Bara öppna åtgärder kan ändras. Ta bort markeringen för åtgärder som är klara eller avbrutna.</translation>
    </message>
    <message>
        <source>Give the agreement a name.</source>
        <translation>Ge avtalet ett namn.</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the agreement period.</source>
        <translation>Ange avtalsperiodens första och sista dag.</translation>
    </message>
    <message>
        <source>The agreement period must end after it starts.</source>
        <translation>Avtalsperioden måste sluta efter att den börjar.</translation>
    </message>
    <message>
        <source>The period overlaps the period of another agreement. Choose dates outside every existing agreement period.</source>
        <translation>Perioden överlappar ett annat avtals period. Välj datum utanför alla befintliga avtalsperioder.</translation>
    </message>
    <message>
        <source>Add at least one focus area.</source>
        <translation>Lägg till minst ett fokusområde.</translation>
    </message>
    <message>
        <source>Give every focus area a name.</source>
        <translation>Ge varje fokusområde ett namn.</translation>
    </message>
    <message>
        <source>Two focus areas have the same name. Give each a name of its own.</source>
        <translation>Två fokusområden har samma namn. Ge vart och ett ett eget namn.</translation>
    </message>
    <message>
        <source>Describe the activity of every plan row, or remove the empty rows.</source>
        <translation>Beskriv aktiviteten på varje rad i planen, eller ta bort de tomma raderna.</translation>
    </message>
    <message>
        <source>A focus area can only continue a focus area of an agreement that starts earlier.</source>
        <translation>Ett fokusområde kan bara fortsätta ett fokusområde i ett avtal som börjar tidigare.</translation>
    </message>
    <message>
        <source>Write the text of every goal, or remove the empty goals.</source>
        <translation>Skriv texten för varje mål, eller ta bort de tomma målen.</translation>
    </message>
    <message>
        <source>A goal is linked to a focus area that is not in this agreement.</source>
        <translation>Ett mål är kopplat till ett fokusområde som inte finns i det här avtalet.</translation>
    </message>
    <message>
        <source>This is the only agreement, and the meetings need one. It cannot be deleted.</source>
        <translation>Det här är det enda avtalet, och mötena behöver ett. Det kan inte tas bort.</translation>
    </message>
    <message>
        <source>This agreement is in use: incidents, actions, meeting agendas or follow-up notes refer to it. It cannot be deleted.</source>
        <translation>Avtalet används: händelser, åtgärder, dagordningar eller uppföljningsanteckningar hänvisar till det. Det kan inte tas bort.</translation>
    </message>
    <message>
        <source>A later agreement continues the focus areas of this one. Delete that agreement first.</source>
        <translation>Ett senare avtal fortsätter det här avtalets fokusområden. Ta bort det avtalet först.</translation>
    </message>
    <message>
        <source>The year is outside the agreement period. Choose a year within it.</source>
        <translation>Året ligger utanför avtalsperioden. Välj ett år inom den.</translation>
    </message>
    <message>
        <source>This row of the action plan belongs to another agreement than the action&apos;s focus area. Choose a row of the same agreement.</source>
        <translation>Raden i handlingsplanen hör till ett annat avtal än åtgärdens fokusområde. Välj en rad i samma avtal.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose an end date on or after the start.</source>
        <translation>Perioden slutar innan den börjar. Välj ett slutdatum på eller efter startdatumet.</translation>
    </message>
    <message>
        <source>The period has not begun yet. Choose a period that starts today or earlier.</source>
        <translation>Perioden har inte börjat än. Välj en period som börjar i dag eller tidigare.</translation>
    </message>
    <message>
        <source>There is no agreement for this period. Add the agreement first.</source>
        <translation>Det finns inget avtal för perioden. Lägg in avtalet först.</translation>
    </message>
    <message>
        <source>The backup could not be verified, so it was not kept. The database itself may be damaged: restore an earlier backup.</source>
        <translation>Säkerhetskopian kunde inte kontrolleras och sparades därför inte. Själva databasen kan vara skadad: återställ en tidigare säkerhetskopia.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose an earlier backup.</source>
        <translation>Den här säkerhetskopian är skadad och kan inte återställas. Välj en tidigare säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file does not exist. Check the path.</source>
        <translation>Databasfilen finns inte. Kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>The backup could not be written: you may not write to the folder. Choose another folder.</source>
        <translation>Säkerhetskopian kunde inte skrivas: du får inte skriva i mappen. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The backup could not be written: the folder does not exist. Choose another folder.</source>
        <translation>Säkerhetskopian kunde inte skrivas: mappen finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full. Free some space.</source>
        <translation>Säkerhetskopian kunde inte skrivas: disken är full. Frigör utrymme.</translation>
    </message>
    <message>
        <source>The database file is in use and cannot be replaced. Close other programs using it and try again.</source>
        <translation>Databasfilen används och kan inte ersättas. Stäng andra program som använder den och försök igen.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it to at most 4000 characters.</source>
        <translation>Texten är för lång. Korta den till högst 4000 tecken.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it to at most 200 characters.</source>
        <translation>Texten är för lång. Korta den till högst 200 tecken.</translation>
    </message>
    <message>
        <source>Choose a date between 2000-01-01 and 2100-12-31.</source>
        <translation>Välj ett datum mellan 2000-01-01 och 2100-12-31.</translation>
    </message>
    <message>
        <source>[personal identity number removed]</source>
        <translation>[personnummer borttaget]</translation>
    </message>
    <message>
        <source>The text contains something that looks like a personal identity number (personnummer or samordningsnummer). EST records places and events, not persons.</source>
        <translation>Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. EST registrerar platser och händelser, inte personer.</translation>
    </message>
    <message>
        <source>The document would contain something that looks like a personal identity number (personnummer or samordningsnummer). Remove it from the meeting&apos;s records, or confirm that it may be exported.</source>
        <translation>Dokumentet skulle innehålla något som ser ut som ett personnummer eller samordningsnummer. Ta bort det ur mötets anteckningar, eller bekräfta att det får exporteras.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Compare the two versions and choose which to keep.</source>
        <translation>Någon annan sparade den här posten medan du ändrade den. Jämför de två versionerna och välj vilken som ska gälla.</translation>
    </message>
    <message>
        <source>The change was not saved: another desk changed the same record at the same moment. Try again.</source>
        <translation>Ändringen sparades inte: en annan dator ändrade samma post i samma ögonblick. Försök igen.</translation>
    </message>
    <message>
        <source>Another desk deleted this record while you were editing it. What you typed is still in the form: save again to record it as new, or clear the form.</source>
        <translation>En annan dator tog bort posten medan du ändrade den. Det du skrev finns kvar i formuläret: spara igen för att lägga in den som ny, eller töm formuläret.</translation>
    </message>
    <message>
        <source>Choose a new status or a new due date, or write a comment.</source>
        <translation>Välj en ny status eller ett nytt klart senast-datum, eller skriv en kommentar.</translation>
    </message>
    <message>
        <source>The action has been closed since your list was read. It needs no answer.</source>
        <translation>Åtgärden har avslutats sedan din lista lästes. Den behöver inget svar.</translation>
    </message>
    <message>
        <source>The action belongs to another organisation. Only its owner answers it.</source>
        <translation>Åtgärden hör till en annan organisation. Bara den ansvariga organisationen svarar på den.</translation>
    </message>
    <message>
        <source>The new due date has already passed. Choose today or a later day.</source>
        <translation>Det nya datumet har redan passerat. Välj i dag eller en senare dag.</translation>
    </message>
    <message>
        <source>Write who answers.</source>
        <translation>Skriv vem som svarar.</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain, so EST Desktop will ask for it at each start.</source>
        <translation>Lösenordet kunde inte sparas i datorns nyckelring, så EST Desktop frågar efter det vid varje start.</translation>
    </message>
    <message>
        <source>The file is not an EST Desktop database, or it is damaged. Choose another file.</source>
        <translation>Filen är ingen EST Desktop-databas, eller så är den skadad. Välj en annan fil.</translation>
    </message>
    <message>
        <source>The database file was last used by an earlier version of EST Desktop. Open it once with this version to upgrade it first, then move it.</source>
        <translation>Databasfilen användes senast av en tidigare version av EST Desktop. Öppna den en gång med den här versionen så att den uppgraderas, och flytta den sedan.</translation>
    </message>
    <message>
        <source>The target must be a database on a PostgreSQL server, given as postgresql://user@host/database.</source>
        <translation>Målet måste vara en databas på en PostgreSQL-server, angiven som postgresql://användare@server/databas.</translation>
    </message>
    <message>
        <source>The database on the server already holds data, so nothing was copied. Move the file into a new, empty database.</source>
        <translation>Databasen på servern innehåller redan data, så ingenting kopierades. Flytta filen till en ny, tom databas.</translation>
    </message>
    <message>
        <source>The server refused a value in the file, so nothing was copied. The database on the server is still empty and the file is unchanged.</source>
        <translation>Servern tog inte emot ett värde i filen, så ingenting kopierades. Databasen på servern är fortfarande tom och filen är oförändrad.</translation>
    </message>
    <message>
        <source>The copy on the server did not match the file, so it was not kept. The database on the server is still empty and the file is unchanged.</source>
        <translation>Kopian på servern stämde inte med filen och sparades därför inte. Databasen på servern är fortfarande tom och filen är oförändrad.</translation>
    </message>
    <message>
        <source>The database user in the address may not create users on the server. Use the administrator&apos;s user, with the right to create roles.</source>
        <translation>Databasanvändaren i adressen får inte skapa användare på servern. Använd administratörens användare, som får skapa roller.</translation>
    </message>
    <message>
        <source>The tables of the database belong to another database user. Run the command as that user.</source>
        <translation>Databasens tabeller tillhör en annan databasanvändare. Kör kommandot som den användaren.</translation>
    </message>
    <message>
        <source>A user name may hold only the letters a–z, digits and the characters _ . - (at most 63, not beginning with pg_). Choose another name.</source>
        <translation>Ett användarnamn får bara innehålla bokstäverna a–z, siffror och tecknen _ . - (högst 63, och inte först pg_). Välj ett annat namn.</translation>
    </message>
    <message>
        <source>There is already a user of that name on the database server. Choose another name.</source>
        <translation>Det finns redan en användare med det namnet på databasservern. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The password is too short. Choose one of at least 8 characters.</source>
        <translation>Lösenordet är för kort. Välj ett med minst 8 tecken.</translation>
    </message>
    <message>
        <source>A participant answers for one organisation. Choose the organisation.</source>
        <translation>En deltagare svarar för en organisation. Välj organisationen.</translation>
    </message>
    <message>
        <source>There is no active organisation of that name. Choose one from the list.</source>
        <translation>Det finns ingen aktiv organisation med det namnet. Välj en ur listan.</translation>
    </message>
    <message>
        <source>Choose whether the user is a convener, a participant or ledningsgrupp.</source>
        <translation>Välj om användaren är samordnare, deltagare eller ledningsgrupp.</translation>
    </message>
    <message>
        <source>The convener needs a user of their own: the administrator who owns the tables may not work in the app. Choose another name.</source>
        <translation>Samordnaren behöver en egen användare: administratören som äger tabellerna får inte arbeta i programmet. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The database on the server is not set up for shared use yet. Run est-desktop server-setup for it first.</source>
        <translation>Databasen på servern är ännu inte förberedd för delad användning. Kör est-desktop server-setup för den först.</translation>
    </message>
    <message>
        <source>Write the position as latitude and longitude, for example 55.3751, 13.1569, or as SWEREF 99 TM (N 6138079 E 383209).</source>
        <translation>Skriv läget som latitud och longitud, till exempel 55,3751, 13,1569, eller som SWEREF 99 TM (N 6138079 E 383209).</translation>
    </message>
    <message>
        <source>That position is not in Sweden. Check that latitude (about 55–69) comes first and longitude (about 11–24) second.</source>
        <translation>Det läget ligger inte i Sverige. Kontrollera att latituden (ungefär 55–69) står först och longituden (ungefär 11–24) sedan.</translation>
    </message>
    <message>
        <source>Choose a kommun from the list.</source>
        <translation>Välj en kommun i listan.</translation>
    </message>
    <message>
        <source>An area needs at least three corners. Click or type one more.</source>
        <translation>Ett område behöver minst tre hörn. Klicka eller skriv ett till.</translation>
    </message>
    <message>
        <source>An area can have at most 200 corners. Remove some of them.</source>
        <translation>Ett område kan ha högst 200 hörn. Ta bort några av dem.</translation>
    </message>
    <message>
        <source>Choose two different places to merge.</source>
        <translation>Välj två olika platser att slå ihop.</translation>
    </message>
    <message>
        <source>The database is open in EST Desktop on another desk or in another window, which is the one that writes to it. Close EST Desktop there, or run the job there, and try again.</source>
        <translation>Databasen är öppen i EST Desktop vid en annan dator eller i ett annat fönster, och det är där den skrivs. Stäng EST Desktop där, eller gör jobbet där, och försök igen.</translation>
    </message>
    <message>
        <source>This file has already been imported. Nothing was imported the second time; undo the earlier import first if it should be read again.</source>
        <translation>Filen har redan importerats. Inget importerades den här gången; ångra först den tidigare importen om filen ska läsas in igen.</translation>
    </message>
    <message>
        <source>No row can be imported. Correct the problems listed, or the mapping.</source>
        <translation>Ingen rad kan importeras. Rätta de problem som visas, eller mappningen.</translation>
    </message>
    <message>
        <source>The import cannot be undone: some of its incidents have been taken up at a meeting or linked to an action.</source>
        <translation>Importen kan inte ångras: några av dess händelser har tagits upp på ett möte eller kopplats till en åtgärd.</translation>
    </message>
    <message>
        <source>The import has already been undone.</source>
        <translation>Importen är redan ångrad.</translation>
    </message>
    <message>
        <source>Name the mapping, for example after the source the files come from.</source>
        <translation>Namnge mappningen, till exempel efter källan som filerna kommer från.</translation>
    </message>
    <message>
        <source>The place &apos;%1&apos; is not in the list. Map it to a place, or add it as new.</source>
        <translation>Platsen &apos;%1&apos; finns inte i listan. Koppla den till en plats, eller lägg till den som ny.</translation>
    </message>
    <message>
        <source>The focus area &apos;%1&apos; is not in the list. Map it to one of the agreement&apos;s.</source>
        <translation>Fokusområdet &apos;%1&apos; finns inte i listan. Koppla det till ett av överenskommelsens.</translation>
    </message>
    <message>
        <source>The category &apos;%1&apos; is not mapped. Map it to a category or a focus area.</source>
        <translation>Kategorin &apos;%1&apos; är inte kopplad. Koppla den till en kategori eller ett fokusområde.</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; is not in the list. Map it to one of the sources.</source>
        <translation>Källan &apos;%1&apos; finns inte i listan. Koppla den till en av källorna.</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; is not in the list. Map it to one of them.</source>
        <translation>Organisationen &apos;%1&apos; finns inte i listan. Koppla den till en av dem.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Välj kolumnen som innehåller datumet.</translation>
    </message>
    <message>
        <source>Choose the column that holds the place, or map each value to a place.</source>
        <translation>Välj kolumnen som innehåller platsen.</translation>
    </message>
    <message>
        <source>Choose the column that holds the source, or the source of the whole file.</source>
        <translation>Välj kolumnen som innehåller källan, eller en källa för hela filen.</translation>
    </message>
    <message>
        <source>Choose the column that describes what happened (or the category&apos;s).</source>
        <translation>Välj kolumnen som beskriver vad som hände (eller kategorins).</translation>
    </message>
    <message>
        <source>The cell holds characters that could not be read (the file mixes text encodings). Correct them in the file.</source>
        <translation>Cellen innehåller tecken som inte kunde läsas (filen blandar teckenkodningar). Rätta dem i filen.</translation>
    </message>
    <message>
        <source>The dates look like month/day/year (for example &apos;%1&apos;), which would be read the wrong way round. Save the file with its dates as YYYY-MM-DD.</source>
        <translation>Datumen ser ut att vara skrivna månad/dag/år (till exempel &apos;%1&apos;) och skulle läsas åt fel håll. Spara filen med datumen som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Datumet saknas.</translation>
    </message>
    <message>
        <source>The place is empty.</source>
        <translation>Platsen saknas.</translation>
    </message>
    <message>
        <source>The source is empty and the file has none chosen.</source>
        <translation>Källan saknas, och ingen källa är vald för filen.</translation>
    </message>
    <message>
        <source>The file names none of the survey&apos;s factors. Check the factors under Settings, or that this is the survey&apos;s export.</source>
        <translation>Filen nämner ingen av enkätens faktorer. Kontrollera faktorerna under Inställningar, eller att det här är enkätens export.</translation>
    </message>
    <message>
        <source>The file has no column saying which rapportör answered.</source>
        <translation>Filen har ingen kolumn som anger vilken rapportör som svarade.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the survey&apos;s factors. Add it under Settings, or map it.</source>
        <translation>&apos;%1&apos; är inte en av enkätens faktorer. Lägg till den under Inställningar → Enkätfaktorer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week. Write the week&apos;s number, e.g. 48.</source>
        <translation>&apos;%1&apos; är ingen vecka. Skriv veckans nummer, till exempel 48.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer. Write ja or nej, or a number.</source>
        <translation>&apos;%1&apos; är inget svar. Skriv ja eller nej, eller ett tal.</translation>
    </message>
    <message>
        <source>The survey of a week in this file has already been imported from another file. Undo that import first if this file replaces it.</source>
        <translation>Enkäten för en vecka i filen har redan importerats från en annan fil. Ångra först den importen om den här filen ersätter den.</translation>
    </message>
    <message>
        <source>Choose the week the answers are about.</source>
        <translation>Välj veckan som svaren gäller.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) and CSV files (.csv) can be read. In Excel, choose Save As and save the file as Excel Workbook (.xlsx) or CSV.</source>
        <translation>Bara Excel-arbetsböcker (.xlsx) och CSV-filer (.csv) kan läsas. Välj Spara som i Excel och spara filen som Excel-arbetsbok (.xlsx) eller CSV.</translation>
    </message>
    <message>
        <source>The file could not be found. Check that it has not been moved or renamed.</source>
        <translation>Filen hittades inte. Kontrollera att den inte har flyttats eller bytt namn.</translation>
    </message>
    <message>
        <source>The file could not be opened. Close it in Excel or any other program that has it open, and try again.</source>
        <translation>Filen kunde inte öppnas. Stäng den i Excel eller det program som har den öppen, och försök igen.</translation>
    </message>
    <message>
        <source>The file is empty. Check that you chose the right file.</source>
        <translation>Filen är tom. Kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>The sheet is empty. Choose the sheet that holds the table.</source>
        <translation>Bladet är tomt. Välj bladet som innehåller tabellen.</translation>
    </message>
    <message>
        <source>The table has no row of column headings. Add a row above the data that names the columns, for example Datum, Plats and Beskrivning.</source>
        <translation>Tabellen har ingen rad med kolumnrubriker. Lägg till en rad ovanför uppgifterna som namnger kolumnerna, till exempel Datum, Plats och Beskrivning.</translation>
    </message>
    <message>
        <source>The Excel file could not be read. It may be damaged or not really an Excel file: open it in Excel and save it again as .xlsx.</source>
        <translation>Excel-filen kunde inte läsas. Den kan vara skadad eller inte vara en Excel-fil: öppna den i Excel och spara den igen som .xlsx.</translation>
    </message>
    <message>
        <source>The file is protected with a password or saved in the old Excel format. Remove the password or save it as .xlsx in Excel, and try again.</source>
        <translation>Filen är lösenordsskyddad eller sparad i det gamla Excel-formatet. Ta bort lösenordet eller spara den som .xlsx i Excel, och försök igen.</translation>
    </message>
    <message>
        <source>A quotation mark in the file is never closed, so the rows after it would be read as one cell. Open the file in Excel, check the row named, and save it again.</source>
        <translation>Ett citattecken i filen avslutas aldrig, så raderna efter det skulle läsas som en enda cell. Öppna filen i Excel, kontrollera den angivna raden och spara den igen.</translation>
    </message>
    <message>
        <source>The file is not a readable CSV text file. Open it in Excel and save it again as CSV or as .xlsx.</source>
        <translation>Filen är ingen läsbar CSV-textfil. Öppna den i Excel och spara den igen som CSV eller som .xlsx.</translation>
    </message>
    <message>
        <source>The sheet does not exist in the file. Choose one of the file&apos;s sheets.</source>
        <translation>Bladet finns inte i filen. Välj ett av filens blad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Write it as YYYY-MM-DD, for example 2026-11-24.</source>
        <translation>&apos;%1&apos; är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day in the calendar. Check the day and the month.</source>
        <translation>&apos;%1&apos; är ingen dag i kalendern. Kontrollera dag och månad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time. Write it as HH:MM, for example 21:30.</source>
        <translation>&apos;%1&apos; är inget klockslag. Skriv det som TT:MM, till exempel 21:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no. Write ja or nej.</source>
        <translation>&apos;%1&apos; är varken ja eller nej. Skriv ja eller nej.</translation>
    </message>
    <message>
        <source>An incident has been taken up at a meeting already (perhaps at another desk). Nothing was changed; the list shows what waits now.</source>
        <translation>En händelse har redan tagits upp på ett möte (kanske vid en annan dator). Inget ändrades; listan visar det som väntar nu.</translation>
    </message>
    <message>
        <source>Saving as PDF needs LibreOffice (free, from libreoffice.org) or Microsoft Word. Install one of them and export again; the Word file is saved.</source>
        <translation>För att spara som PDF behövs LibreOffice (gratis, från libreoffice.org) eller Microsoft Word. Installera något av dem och exportera igen; Word-filen är sparad.</translation>
    </message>
    <message>
        <source>Making the PDF took too long and was stopped. The Word file is saved; open it and save it as PDF from there.</source>
        <translation>Det tog för lång tid att göra PDF:en, så det avbröts. Word-filen är sparad; öppna den och spara som PDF därifrån.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF:en kunde inte göras.</translation>
    </message>
    <message>
        <source>The PDF could not be made. The Word file is saved; open it and save it as PDF from there.</source>
        <translation>PDF:en kunde inte göras. Word-filen är sparad; öppna den och spara som PDF därifrån.</translation>
    </message>
    <message>
        <source>The Word template was not found. Choose it again under Settings → Documents and language.</source>
        <translation>Word-mallen hittas inte. Välj den igen under Inställningar → Dokument och språk.</translation>
    </message>
    <message>
        <source>The Word template could not be read.</source>
        <translation>Word-mallen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The Word template is not a Word document (.docx or .dotx) or is damaged. Open it in Word, save it as a Word document and choose it again.</source>
        <translation>Word-mallen är inget Word-dokument (.docx eller .dotx) eller är skadad. Öppna den i Word, spara den som Word-dokument och välj den igen.</translation>
    </message>
    <message>
        <source>This database has no identity for its action lists yet. Open it once in EST Desktop as the convener (on a server: run server-setup again), then export.</source>
        <translation>Databasen har ännu ingen identitet för sina åtgärdslistor. Öppna den en gång i EST Desktop som sammankallande (på en server: kör server-setup igen) och exportera sedan.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted at another desk.</source>
        <translation>Posten finns inte längre; den kan ha tagits bort vid en annan dator.</translation>
    </message>
    <message>
        <source>There is no database file there. Choose another.</source>
        <translation>Det finns ingen databasfil där. Välj en annan.</translation>
    </message>
    <message>
        <source>A file of that name is already there. Open it with Open database, or choose another name.</source>
        <translation>Det finns redan en fil med det namnet. Öppna den med Öppna databas, eller välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <source>Take &amp;up…</source>
        <translation>Ta &amp;upp…</translation>
    </message>
    <message numerus="yes">
        <source>%n imported incident(s) wait to be taken up under this item</source>
        <translation>
            <numerusform>%n importerad händelse väntar på att tas upp under den här punkten</numerusform>
            <numerusform>%n importerade händelser väntar på att tas upp under den här punkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <source>Incidents waiting for the meeting</source>
        <translation>Händelser som väntar på mötet</translation>
    </message>
    <message>
        <source>Imported since the meeting before. Tick those to discuss under this item: they become the meeting&apos;s incidents, in the minutes like those typed in.</source>
        <translation>Importerade sedan förra mötet. Markera dem som ska tas upp under den här punkten: de blir mötets händelser och kommer med i minnesanteckningarna som de som skrivits in.</translation>
    </message>
    <message>
        <source>&amp;Take up ticked</source>
        <translation>&amp;Ta upp markerade</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Take up</source>
        <translation>Ta upp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Open a meeting from the Meetings tab, or create a new one.</source>
        <translation>Öppna ett möte från fliken Möten eller skapa ett nytt.</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Lägg till punkt…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned time for the item</source>
        <translation>Planerad tid för punkten</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Dag&amp;ordning</translation>
    </message>
    <message>
        <source>Notes for this item (saved when you leave the field)</source>
        <translation>Anteckningar för punkten (sparas när du lämnar fältet)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
    <message>
        <source>finalised, read-only</source>
        <translation>avslutat, skrivskyddat</translation>
    </message>
    <message>
        <source>Finalised %1 by %2</source>
        <translation>Avslutat %1 av %2</translation>
    </message>
    <message>
        <source>Reopened %1 by %2</source>
        <translation>Återöppnat %1 av %2</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Title of the new item:</source>
        <translation>Rubrik för den nya punkten:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Byt namn på punkt</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny rubrik:</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove “%1” from this meeting&apos;s agenda?</source>
        <translation>Ta bort ”%1” från mötets dagordning?</translation>
    </message>
</context>
</TS>
