<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Chime Admin</source>
        <translation>Über Chime Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chime Admin %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chime Admin %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Looks up, inspects and administers the users and accounts of Amazon Chime. Free software under the MIT License.</source>
        <translation>Sucht, zeigt und verwaltet die Benutzer und Konten von Amazon Chime. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Change journal:</source>
        <translation>Änderungsjournal:</translation>
    </message>
    <message>
        <source>Snapshots:</source>
        <translation>Schnappschüsse:</translation>
    </message>
    <message>
        <source>none kept in this session</source>
        <translation>in dieser Sitzung keine</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Meldungen:</translation>
    </message>
    <message>
        <source>standard error; started from the desktop, the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;chimeadmin.*.debug=true&quot; adds every request, its secrets redacted.</source>
        <translation>die Standardfehlerausgabe; vom Desktop gestartet das Journal der Sitzung (journalctl --user). QT_LOGGING_RULES=&quot;chimeadmin.*.debug=true&quot; fügt jede Anfrage hinzu, ihre Geheimnisse unkenntlich gemacht.</translation>
    </message>
</context>
<context>
    <name>AccountAct</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The account now holds %1.</source>
        <translation>Das Konto hat jetzt %1.</translation>
    </message>
</context>
<context>
    <name>AccountChangeDialog</name>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>Ein neues Konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not be read (%1); the change is recorded with its value before not known, and cannot be undone.</source>
        <translation>Konnte nicht gelesen werden (%1); die Änderung wird mit unbekanntem vorherigem Wert festgehalten und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The account holds this already: nothing to change.</source>
        <translation>Das Konto hat dies bereits: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) gives back what it holds now.</source>
        <translation>Rückgängig (Strg+Z) stellt den jetzigen Wert wieder her.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation>%1 → %2. %3</translation>
    </message>
    <message>
        <source>Not sent: the change could not be started (see the window&apos;s message).</source>
        <translation>Nicht gesendet: Die Änderung konnte nicht begonnen werden (siehe die Meldung im Fenster).</translation>
    </message>
    <message>
        <source>Waiting for an earlier change of this account…</source>
        <translation>Wartet auf eine frühere Änderung dieses Kontos…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The answer was lost; reading the account back… (%1)</source>
        <translation>Die Antwort ging verloren; das Konto wird zurückgelesen… (%1)</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The service refused it: %1</source>
        <translation>Der Dienst hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Erledigt. %1</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Default &amp;license…</source>
        <translation>Standard&amp;lizenz…</translation>
    </message>
    <message>
        <source>Default license</source>
        <translation>Standardlizenz</translation>
    </message>
    <message>
        <source>Set default license</source>
        <translation>Standardlizenz setzen</translation>
    </message>
    <message>
        <source>&amp;Meeting settings…</source>
        <translation>&amp;Besprechungseinstellungen…</translation>
    </message>
    <message>
        <source>Meeting settings</source>
        <translation>Besprechungseinstellungen</translation>
    </message>
    <message>
        <source>Save meeting settings</source>
        <translation>Besprechungseinstellungen speichern</translation>
    </message>
    <message>
        <source>Sign-in &amp;delegate groups…</source>
        <translation>&amp;Delegierte Anmeldegruppen…</translation>
    </message>
    <message>
        <source>Sign-in delegate groups</source>
        <translation>Delegierte Anmeldegruppen</translation>
    </message>
    <message>
        <source>Save groups</source>
        <translation>Gruppen speichern</translation>
    </message>
    <message>
        <source>Chat re&amp;tention…</source>
        <translation>Chat-Aufbewah&amp;rung…</translation>
    </message>
    <message>
        <source>Chat retention</source>
        <translation>Chat-Aufbewahrung</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Aufbewahrung speichern</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete &amp;account…</source>
        <translation>Konto lösc&amp;hen…</translation>
    </message>
</context>
<context>
    <name>AccountDeletionAct</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deleted (disabled for 90 days)</source>
        <translation>Gelöscht (90 Tage lang deaktiviert)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>The account %1 is deleted; the service keeps it disabled for 90 days.</source>
        <translation>Das Konto %1 ist gelöscht; der Dienst behält es 90 Tage lang deaktiviert.</translation>
    </message>
</context>
<context>
    <name>AccountDeletionEditor</name>
    <message>
        <source>The account is disabled at once and deleted after 90 days. Its users can no longer sign in, and this cannot be undone.</source>
        <translation>Das Konto wird sofort deaktiviert und nach 90 Tagen gelöscht. Seine Benutzer können sich nicht mehr anmelden; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The service deletes an Enterprise account only once its domains are released (in the Amazon Chime console).</source>
        <translation>Der Dienst löscht ein Enterprise-Konto erst, wenn seine Domänen freigegeben sind (in der Amazon-Chime-Konsole).</translation>
    </message>
    <message>
        <source>&amp;Suspend them first…</source>
        <translation>Zuerst &amp;sperren…</translation>
    </message>
    <message>
        <source>To confirm, type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Zur Bestätigung den Namen des Kontos eingeben, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of this account are not suspended.</source>
        <translation>
            <numerusform>%Ln Benutzer dieses Kontos ist nicht gesperrt.</numerusform>
            <numerusform>%Ln Benutzer dieses Kontos sind nicht gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln user(s) of this account are not suspended (not every user is loaded).</source>
        <translation>
            <numerusform>Mindestens %Ln Benutzer dieses Kontos ist nicht gesperrt (nicht alle Benutzer sind geladen).</numerusform>
            <numerusform>Mindestens %Ln Benutzer dieses Kontos sind nicht gesperrt (nicht alle Benutzer sind geladen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The service refuses to delete an account until every user is suspended.</source>
        <translation>%1 Der Dienst löscht ein Konto erst, wenn alle Benutzer gesperrt sind.</translation>
    </message>
    <message>
        <source>Type the account&apos;s name exactly to delete it.</source>
        <translation>Den Namen des Kontos genau eingeben, um es zu löschen.</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>AWS account:</source>
        <translation>AWS-Konto:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Default license:</source>
        <translation>Standardlizenz:</translation>
    </message>
    <message>
        <source>Supported licenses:</source>
        <translation>Unterstützte Lizenzen:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Sign-in delegate groups:</source>
        <translation>Delegierte Anmeldegruppen:</translation>
    </message>
    <message>
        <source>License mix:</source>
        <translation>Lizenzverteilung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Besprechungen:</translation>
    </message>
    <message>
        <source>Chat retention:</source>
        <translation>Chat-Aufbewahrung:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Remote control %1; dial-out %2</source>
        <translation>Fernsteuerung %1; Hinauswählen %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>Enterprise accounts only</source>
        <translation>Nur für Enterprise-Konten</translation>
    </message>
    <message>
        <source>Rooms: %1; conversations: %2</source>
        <translation>Räume: %1; Unterhaltungen: %2</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Ändern:</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>Be&amp;sprechungen…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Aufbewah&amp;rung…</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen…</translation>
    </message>
    <message>
        <source>License mix</source>
        <translation>Lizenzverteilung</translation>
    </message>
</context>
<context>
    <name>AccountNameAct</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Ein Name hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
</context>
<context>
    <name>AccountNameEditor</name>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1
Account id: %2
Type: %3</source>
        <translation>%1
Konto-ID: %2
Typ: %3</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Start a local Chime emulator with sample accounts and use it; no AWS account is needed.</source>
        <translation>Einen lokalen Chime-Emulator mit Beispielkonten starten und verwenden; es wird kein AWS-Konto benötigt.</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of the AWS one (plain http only to this computer).</source>
        <translation>Anfragen an diesen Endpunkt statt an den von AWS senden (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AWS region to resolve the endpoint from (default us-east-1).</source>
        <translation>AWS-Region, aus der der Endpunkt ermittelt wird (Standard: us-east-1).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language and formats to use, e.g. de or en_GB (default: the system&apos;s).</source>
        <translation>Zu verwendende Sprache und Formate, z. B. de oder en_GB (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>--demo uses its own local endpoint; leave out --endpoint-url.</source>
        <translation>--demo verwendet einen eigenen lokalen Endpunkt; lassen Sie --endpoint-url weg.</translation>
    </message>
    <message>
        <source>Use this profile: one of the program&apos;s own, or of the AWS CLI (~/.aws). An unknown name is an error.</source>
        <translation>Dieses Profil verwenden: eines der programmeigenen Profile oder eines der AWS CLI (~/.aws). Ein unbekannter Name führt zu einem Fehler.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--demo uses its own demo credentials; leave out --profile.</source>
        <translation>--demo verwendet eigene Demo-Anmeldedaten; lassen Sie --profile weg.</translation>
    </message>
    <message>
        <source>Print how many milliseconds passed from the start of the process to the main window&apos;s first appearance on screen, then quit (for benchmarks).</source>
        <translation>Ausgeben, wie viele Millisekunden vom Start des Prozesses bis zum ersten Erscheinen des Hauptfensters vergangen sind, dann beenden (für Messungen).</translation>
    </message>
    <message>
        <source>Open the snapshots kept on this computer, read-only, without asking the service anything.</source>
        <translation>Die auf diesem Computer aufbewahrten Schnappschüsse schreibgeschützt öffnen, ohne den Dienst zu fragen.</translation>
    </message>
    <message>
        <source>Look up, inspect and administer the accounts and users of Amazon Chime.</source>
        <translation>Die Konten und Benutzer von Amazon Chime suchen, einsehen und verwalten.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>Reading the snapshots kept on this computer…</source>
        <translation>Die auf diesem Computer aufbewahrten Schnappschüsse werden gelesen…</translation>
    </message>
    <message>
        <source>The latest complete snapshot of each account checked is written to a new folder: a CSV file per table, the same as JSON, a README.txt saying what each column is, and a copy of the snapshot database.</source>
        <translation>Der neueste vollständige Schnappschuss jedes angehakten Kontos wird in einen neuen Ordner geschrieben: eine CSV-Datei je Tabelle, dasselbe als JSON, eine README.txt, die jede Spalte erklärt, und eine Kopie der Schnappschuss-Datenbank.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>Die Schnappschüsse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2 users, as of %3</source>
        <translation>%1 — %2 Benutzer, Stand %3</translation>
    </message>
    <message>
        <source>No account has a complete snapshot yet: one is kept each time an account&apos;s users are loaded to the end.</source>
        <translation>Noch hat kein Konto einen vollständigen Schnappschuss: einer wird jedes Mal aufbewahrt, wenn die Benutzer eines Kontos bis zum Ende geladen werden.</translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation>Ordner für das Archiv</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote the archive to %1.</source>
        <translation>Das Archiv wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The archive was not written: %1 Nothing was left behind.</source>
        <translation>Das Archiv wurde nicht geschrieben: %1 Nichts wurde zurückgelassen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>AssignNumberCommand</name>
    <message>
        <source>Assign &amp;phone number…</source>
        <translation>&amp;Telefonnummer zuweisen…</translation>
    </message>
    <message>
        <source>Assign phone number</source>
        <translation>Telefonnummer zuweisen</translation>
    </message>
    <message>
        <source>Phone number, in E.164 form (such as +12065550100):</source>
        <translation>Telefonnummer im Format E.164 (etwa +12065550100):</translation>
    </message>
    <message>
        <source>Type the phone number to assign.</source>
        <translation>Geben Sie die Telefonnummer ein, die zugewiesen werden soll.</translation>
    </message>
    <message>
        <source>A phone number goes to one user: select only the user who is to have it.</source>
        <translation>Eine Telefonnummer gehört einem Benutzer: Wählen Sie nur den Benutzer aus, der sie erhalten soll.</translation>
    </message>
    <message>
        <source>The user already has %1.</source>
        <translation>Der Benutzer hat bereits %1.</translation>
    </message>
    <message>
        <source>%1 becomes the primary phone number of %2.</source>
        <translation>%1 wird die primäre Telefonnummer von %2.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to the selected user of %2?</source>
        <translation>%1 dem ausgewählten Benutzer von %2 zuweisen?</translation>
    </message>
    <message>
        <source>%1 is not a phone number in E.164 form: a + and 2 to 15 digits, the first not 0.</source>
        <translation>%1 ist keine Telefonnummer im Format E.164: ein + und 2 bis 15 Ziffern, die erste nicht 0.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) recorded.</source>
        <translation>
            <numerusform>%Ln Änderung aufgezeichnet.</numerusform>
            <numerusform>%Ln Änderungen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Undo this change…</source>
        <translation>Diese Änderung rückgängig machen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Das Journal wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 of the journal could not be read and were skipped.</source>
        <translation>
            <numerusform>Zeile %1 des Journals konnte nicht gelesen werden und wurde übersprungen.</numerusform>
            <numerusform>Die Zeilen %1 des Journals konnten nicht gelesen werden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Aufgezeichnete Änderungen</translation>
    </message>
    <message>
        <source>Chime Admin audit log</source>
        <translation>Chime-Admin-Audit-Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) to %1.</source>
        <translation>
            <numerusform>%Ln Änderung in %1 geschrieben.</numerusform>
            <numerusform>%Ln Änderungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview giving the users of this change their previous value back</source>
        <translation>Vorschau: die Benutzer dieser Änderung erhalten ihren vorigen Wert zurück</translation>
    </message>
    <message>
        <source>Nothing of this change was applied: there is nothing to undo.</source>
        <translation>Nichts von dieser Änderung wurde übernommen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Select a change first.</source>
        <translation>Wählen Sie zuerst eine Änderung aus.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted: not yet known</source>
        <translation>Unterbrochen: noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Local time: %1 %2</source>
        <translation>Ortszeit: %1 %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Reverts</source>
        <translation>Nimmt zurück</translation>
    </message>
    <message>
        <source>Change id</source>
        <translation>Änderungs-ID</translation>
    </message>
    <message>
        <source>Settled by reading back after the program was interrupted.</source>
        <translation>Durch erneutes Lesen geklärt, nachdem das Programm unterbrochen wurde.</translation>
    </message>
</context>
<context>
    <name>AwsConfigFiles</name>
    <message>
        <source>%1: more problems were found and not listed; the first %2 are above.</source>
        <translation>%1: Es wurden weitere Probleme gefunden, aber nicht aufgeführt; die ersten %2 stehen oben.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; characters that could not be decoded were replaced.</source>
        <translation>%1 ist kein gültiges UTF-8; Zeichen, die nicht dekodiert werden konnten, wurden ersetzt.</translation>
    </message>
    <message>
        <source>%1: section [DEFAULT] is not the default profile; its settings apply to every section of the file. The default profile is [default].</source>
        <translation>%1: Der Abschnitt [DEFAULT] ist nicht das Standardprofil; seine Einstellungen gelten für jeden Abschnitt der Datei. Das Standardprofil ist [default].</translation>
    </message>
    <message>
        <source>%1: section [%2] names a profile called &quot;%2&quot;; the credentials file names profiles without the word profile, as in [%3].</source>
        <translation>%1: Der Abschnitt [%2] benennt ein Profil namens „%2“; in der Datei credentials werden Profile ohne das Wort profile benannt, wie in [%3].</translation>
    </message>
    <message>
        <source>%1: section [%2] does not name one profile (write [profile name], with quotes around a name that has spaces); it was ignored.</source>
        <translation>%1: Der Abschnitt [%2] benennt nicht genau ein Profil (schreiben Sie [profile Name] und setzen Sie einen Namen mit Leerzeichen in Anführungszeichen); er wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1: section [%2] is not a profile and was ignored; in the config file a profile section is [profile %2] (only [default] may leave out the word profile).</source>
        <translation>%1: Der Abschnitt [%2] ist kein Profil und wurde ignoriert; in der Datei config lautet ein Profilabschnitt [profile %2] (nur bei [default] darf das Wort profile fehlen).</translation>
    </message>
    <message>
        <source>%1: sections [%2] and [%3] both define profile &quot;%4&quot;; only [%3] is used.</source>
        <translation>%1: Die Abschnitte [%2] und [%3] definieren beide das Profil „%4“; nur [%3] wird verwendet.</translation>
    </message>
    <message>
        <source>%1: in section [%2], %3 has indented settings instead of a value; it was ignored.</source>
        <translation>%1: Im Abschnitt [%2] hat %3 eingerückte Einstellungen statt eines Werts; die Einstellung wurde ignoriert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no access key.</source>
        <translation>Das Profil „%1“ hat keinen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has an access key ID but no secret access key.</source>
        <translation>Das Profil „%1“ hat eine Zugriffsschlüssel-ID, aber keinen geheimen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has a secret access key but no access key ID.</source>
        <translation>Das Profil „%1“ hat einen geheimen Zugriffsschlüssel, aber keine Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; gets its credentials with a web identity token (web_identity_token_file), which Chime Admin does not support.</source>
        <translation>Das Profil „%1“ bezieht seine Anmeldedaten über ein Web-Identitätstoken (web_identity_token_file), was Chime Admin nicht unterstützt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn), which Chime Admin does not support.</source>
        <translation>Das Profil „%1“ übernimmt eine Rolle (role_arn), was Chime Admin nicht unterstützt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; signs in through IAM Identity Center (SSO), which Chime Admin does not support.</source>
        <translation>Das Profil „%1“ meldet sich über IAM Identity Center (SSO) an, was Chime Admin nicht unterstützt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; gets its credentials from a program (credential_process), which Chime Admin does not support.</source>
        <translation>Das Profil „%1“ bezieht seine Anmeldedaten von einem Programm (credential_process), was Chime Admin nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is not a file; it was not read.</source>
        <translation>%1 ist keine Datei und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it was not read.</source>
        <translation>%1 ist größer als %2 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>Datei credentials</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Datei config</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht.</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>sie ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the file begins with a byte order mark</source>
        <translation>die Datei beginnt mit einer Bytereihenfolge-Markierung</translation>
    </message>
    <message>
        <source>%1 begins with a byte order mark (saved as &quot;UTF-8 with BOM&quot;), which the AWS CLI cannot read; save it as plain UTF-8.</source>
        <translation>%1 beginnt mit einer Bytereihenfolge-Markierung (gespeichert als „UTF-8 mit BOM“), die die AWS CLI nicht lesen kann; speichern Sie die Datei als einfaches UTF-8.</translation>
    </message>
    <message>
        <source>the indented line under %1 is not &quot;key = value&quot;</source>
        <translation>die eingerückte Zeile unter %1 hat nicht die Form „Schlüssel = Wert“</translation>
    </message>
    <message>
        <source>%1, line %2: the indented line under %3 is not &quot;key = value&quot;.</source>
        <translation>%1, Zeile %2: Die eingerückte Zeile unter %3 hat nicht die Form „Schlüssel = Wert“.</translation>
    </message>
    <message>
        <source>section [%1] appears a second time</source>
        <translation>Abschnitt [%1] kommt ein zweites Mal vor</translation>
    </message>
    <message>
        <source>%1, line %2: section [%3] appears a second time.</source>
        <translation>%1, Zeile %2: Abschnitt [%3] kommt ein zweites Mal vor.</translation>
    </message>
    <message>
        <source>a setting comes before the first [section]</source>
        <translation>eine Einstellung steht vor dem ersten [Abschnitt]</translation>
    </message>
    <message>
        <source>%1, line %2: a setting comes before the first [section].</source>
        <translation>%1, Zeile %2: Eine Einstellung steht vor dem ersten [Abschnitt].</translation>
    </message>
    <message>
        <source>the line is not a [section], a setting (key = value) or a comment</source>
        <translation>die Zeile ist weder ein [Abschnitt] noch eine Einstellung (Schlüssel = Wert) noch ein Kommentar</translation>
    </message>
    <message>
        <source>%1, line %2: the line is not a [section], a setting (key = value) or a comment.</source>
        <translation>%1, Zeile %2: Die Zeile ist weder ein [Abschnitt] noch eine Einstellung (Schlüssel = Wert) noch ein Kommentar.</translation>
    </message>
    <message>
        <source>a setting has no name</source>
        <translation>eine Einstellung hat keinen Namen</translation>
    </message>
    <message>
        <source>%1, line %2: a setting has no name.</source>
        <translation>%1, Zeile %2: Eine Einstellung hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 appears a second time in section [%2]</source>
        <translation>%1 kommt in Abschnitt [%2] ein zweites Mal vor</translation>
    </message>
    <message>
        <source>%1, line %2: %3 appears a second time in section [%4].</source>
        <translation>%1, Zeile %2: %3 kommt in Abschnitt [%4] ein zweites Mal vor.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both aws_security_token and aws_session_token, with different values; aws_security_token is used, as the AWS CLI does.</source>
        <translation>Profil „%1“ hat aws_security_token und aws_session_token mit verschiedenen Werten; wie bei der AWS CLI wird aws_security_token verwendet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 has indented settings instead of a value.</source>
        <translation>Profil „%1“: %2 hat eingerückte Einstellungen statt eines Werts.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 goes on over an indented line below it, so its value holds a line break. Join the lines or remove the indentation.</source>
        <translation>Profil „%1“: %2 wird in einer eingerückten Zeile darunter fortgesetzt, sein Wert enthält also einen Zeilenumbruch. Fügen Sie die Zeilen zusammen oder entfernen Sie die Einrückung.</translation>
    </message>
    <message>
        <source>The AWS CLI cannot read %1 (%2), so it uses no profile until the file is fixed.</source>
        <translation>Die AWS CLI kann %1 nicht lesen (%2) und verwendet daher kein Profil, bis die Datei korrigiert ist.</translation>
    </message>
    <message>
        <source>The AWS CLI cannot read %1 (line %2: %3), so it uses no profile until the file is fixed.</source>
        <translation>Die AWS CLI kann %1 nicht lesen (Zeile %2: %3) und verwendet daher kein Profil, bis die Datei korrigiert ist.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
</context>
<context>
    <name>BatchAnswers</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service reported an error for a user it did not name.</source>
        <translation>Der Dienst meldete einen Fehler für einen Benutzer, den er nicht nannte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChangeAct</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden beenden</translation>
    </message>
    <message>
        <source>Send no more users; those already sent still settle</source>
        <translation>Keine weiteren Benutzer senden; bereits gesendete werden noch geklärt</translation>
    </message>
    <message>
        <source>Select failed users</source>
        <translation>Fehlgeschlagene Benutzer auswählen</translation>
    </message>
    <message>
        <source>Select the users whose change failed, was cancelled or could not be confirmed, to try them again</source>
        <translation>Die Benutzer auswählen, deren Änderung fehlschlug, abgebrochen wurde oder nicht bestätigt werden konnte, um sie erneut zu versuchen</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Rückgängig machen…</translation>
    </message>
    <message>
        <source>Give every user changed here its value from before, unless it was changed again since</source>
        <translation>Jedem hier geänderten Benutzer seinen vorherigen Wert zurückgeben, sofern er seitdem nicht erneut geändert wurde</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Reading what %Ln user(s) hold now…</source>
        <translation>
            <numerusform>Lese, was %Ln Benutzer jetzt hat…</numerusform>
            <numerusform>Lese, was %Ln Benutzer jetzt haben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be read (%1): what they hold now is not known.</source>
        <translation>
            <numerusform>%Ln Benutzer konnte nicht gelesen werden (%1): Was er jetzt hat, ist nicht bekannt.</numerusform>
            <numerusform>%Ln Benutzer konnten nicht gelesen werden (%1): Was sie jetzt haben, ist nicht bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changes: each user now and after</source>
        <translation>Wer sich ändert: jeder Benutzer jetzt und danach</translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>This window could not start its session in the program&apos;s data folder, so it sends no change.</source>
        <translation>Dieses Fenster konnte seine Sitzung im Datenordner des Programms nicht beginnen und sendet daher keine Änderung.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot create the folder %1 for the change journal: %2</source>
        <translation>Der Ordner %1 für das Änderungsjournal kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: another running program keeps it locked (%2).</source>
        <translation>Das Änderungsjournal %1 kann nicht geschrieben werden: ein anderes laufendes Programm hält es gesperrt (%2).</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: its lock file %2 cannot be created.</source>
        <translation>Das Änderungsjournal %1 kann nicht geschrieben werden: seine Sperrdatei %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot make the change journal %1 readable by its owner only: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht nur für seinen Eigentümer lesbar gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1 to disk: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeResultsView</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Applied: %1. Failed: %2. Not applied: %3. Could not be confirmed: %4. Cancelled: %5.</source>
        <translation>Übernommen: %1. Fehlgeschlagen: %2. Nicht übernommen: %3. Nicht bestätigt: %4. Abgebrochen: %5.</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written. %1</source>
        <translation>Nichts wurde gesendet: das Journal konnte nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <source>%1 of %2 users settled; %3 being checked. %4</source>
        <translation>%1 von %2 Benutzern geklärt; %3 werden geprüft. %4</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (all when none is selected), with the whole messages</source>
        <translation>Die ausgewählten Zeilen kopieren (alle, wenn keine ausgewählt ist), mit den vollständigen Meldungen</translation>
    </message>
</context>
<context>
    <name>ChangeRun</name>
    <message>
        <source>Not sent: the journal could not be written. %1</source>
        <translation>Nicht gesendet: das Journal konnte nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <source>Could not be confirmed: no usable answer (%1), and the user&apos;s record does not show whether it happened.</source>
        <translation>Nicht bestätigt: keine verwertbare Antwort (%1), und der Datensatz des Benutzers zeigt nicht, ob es geschehen ist.</translation>
    </message>
    <message>
        <source>The user is no longer in the account; on a Team account a suspension takes users out of it, so this may be the change itself.</source>
        <translation>Der Benutzer ist nicht mehr im Konto; in einem Team-Konto nimmt eine Sperre Benutzer aus dem Konto, es kann also die Änderung selbst sein.</translation>
    </message>
    <message>
        <source>No usable answer (%1); reading back what the service holds…</source>
        <translation>Keine verwertbare Antwort (%1); es wird gelesen, was der Dienst hat…</translation>
    </message>
    <message>
        <source>The answer was lost; reading back showed it applied.</source>
        <translation>Die Antwort ging verloren; erneutes Lesen zeigte, dass sie übernommen wurde.</translation>
    </message>
    <message>
        <source>The answer was lost; reading back showed it not applied.</source>
        <translation>Die Antwort ging verloren; erneutes Lesen zeigte, dass sie nicht übernommen wurde.</translation>
    </message>
    <message>
        <source>Not applied: the service now holds %1.</source>
        <translation>Nicht übernommen: der Dienst hat jetzt %1.</translation>
    </message>
    <message>
        <source>Could not be confirmed: the answer was lost and reading back failed too (%1).</source>
        <translation>Nicht bestätigt: die Antwort ging verloren, und auch das erneute Lesen schlug fehl (%1).</translation>
    </message>
</context>
<context>
    <name>ChimeCall</name>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Innerhalb von %1 Sekunden ist keine vollständige Antwort eingegangen.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB.</source>
        <translation>Die Antwort ist größer als %1 MiB.</translation>
    </message>
</context>
<context>
    <name>ChimeEmulator</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>Die Zustandsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The state file %1 is not usable: %2</source>
        <translation>Die Zustandsdatei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Cannot save the state file %1: %2</source>
        <translation>Die Zustandsdatei %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ChimeEndpoint</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) URL without user name, query or fragment.</source>
        <translation>Der Endpunkt „%1“ ist keine gültige http(s)-URL ohne Benutzername, Abfrage oder Fragment.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses plain http to a host that is not this computer; use https so credentials and data are encrypted.</source>
        <translation>Der Endpunkt „%1“ verwendet unverschlüsseltes http zu einem Host, der nicht dieser Computer ist; verwenden Sie https, damit Anmeldedaten und Daten verschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region this program knows.</source>
        <translation>„%1“ ist keine AWS-Region, die dieses Programm kennt.</translation>
    </message>
</context>
<context>
    <name>ChimeError</name>
    <message>
        <source>The request was invalid</source>
        <translation>Die Anfrage war ungültig</translation>
    </message>
    <message>
        <source>The credentials are not authorized</source>
        <translation>Die Anmeldedaten sind nicht autorisiert</translation>
    </message>
    <message>
        <source>Access was denied</source>
        <translation>Der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Too many requests (throttled)</source>
        <translation>Zu viele Anfragen (gedrosselt)</translation>
    </message>
    <message>
        <source>The service failed</source>
        <translation>Im Dienst ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The service is unavailable</source>
        <translation>Der Dienst ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation>Unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>Zeitüberschreitung bei der Anfrage</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read</source>
        <translation>Die Antwort des Dienstes konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The connection settings are not usable</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 was refused because your computer&apos;s clock is %Ln minute(s) %2 compared with the service&apos;s. Set the clock right (or turn on automatic time) and try again.</source>
        <translation>
            <numerusform>%1 wurde abgelehnt: Die Uhr Ihres Computers geht im Vergleich zur Uhr des Dienstes %Ln Minute %2. Stellen Sie die Uhr richtig (oder aktivieren Sie die automatische Zeiteinstellung) und versuchen Sie es erneut.</numerusform>
            <numerusform>%1 wurde abgelehnt: Die Uhr Ihres Computers geht im Vergleich zur Uhr des Dienstes %Ln Minuten %2. Stellen Sie die Uhr richtig (oder aktivieren Sie die automatische Zeiteinstellung) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>after %Ln attempt(s)</source>
        <translation>
            <numerusform>nach %Ln Versuch</numerusform>
            <numerusform>nach %Ln Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the secret access key belongs to this access key id.</source>
        <translation>Prüfen Sie, ob der geheime Zugriffsschlüssel zu dieser Zugriffsschlüssel-ID gehört.</translation>
    </message>
    <message>
        <source>The service does not know this access key id or session token; check the credentials in use.</source>
        <translation>Der Dienst kennt diese Zugriffsschlüssel-ID oder dieses Sitzungstoken nicht; prüfen Sie die verwendeten Anmeldedaten.</translation>
    </message>
    <message>
        <source>The session token has expired; get new temporary credentials.</source>
        <translation>Das Sitzungstoken ist abgelaufen; beschaffen Sie neue temporäre Anmeldedaten.</translation>
    </message>
    <message>
        <source>The request reached the service unsigned.</source>
        <translation>Die Anfrage ist unsigniert beim Dienst angekommen.</translation>
    </message>
    <message>
        <source>The credentials may lack the IAM permission for this operation.</source>
        <translation>Den Anmeldedaten fehlt möglicherweise die IAM-Berechtigung für diesen Vorgang.</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <source>Not possible in the current state</source>
        <translation>Im jetzigen Zustand nicht möglich</translation>
    </message>
</context>
<context>
    <name>CompareSnapshotsDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Schnappschüsse vergleichen</translation>
    </message>
    <message>
        <source>Reading the snapshots kept on this computer…</source>
        <translation>Die auf diesem Computer aufbewahrten Schnappschüsse werden gelesen…</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Added users</source>
        <translation>Hinzugekommene Benutzer</translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation>Entfernte Benutzer</translation>
    </message>
    <message>
        <source>Changed users</source>
        <translation>Geänderte Benutzer</translation>
    </message>
    <message>
        <source>Filter by name, email, member or value</source>
        <translation>Nach Name, E-Mail, Feld oder Wert filtern</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Älterer:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuerer:</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>%1 — %2 users</source>
        <translation>%1 — %2 Benutzer</translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>Die Schnappschüsse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No account has a complete snapshot yet: one is kept each time an account&apos;s users are loaded to the end.</source>
        <translation>Noch hat kein Konto einen vollständigen Schnappschuss: einer wird jedes Mal aufbewahrt, wenn die Benutzer eines Kontos bis zum Ende geladen werden.</translation>
    </message>
    <message>
        <source>Choose two snapshots and Compare.</source>
        <translation>Wählen Sie zwei Schnappschüsse und dann Vergleichen.</translation>
    </message>
    <message>
        <source>This account has one complete snapshot so far: another is kept the next time its users are loaded to the end.</source>
        <translation>Dieses Konto hat bisher einen vollständigen Schnappschuss: ein weiterer wird aufbewahrt, wenn seine Benutzer das nächste Mal bis zum Ende geladen werden.</translation>
    </message>
    <message>
        <source>Reading both snapshots…</source>
        <translation>Beide Schnappschüsse werden gelesen…</translation>
    </message>
    <message>
        <source>No differences: both snapshots hold the same %1 users with the same values.</source>
        <translation>Keine Unterschiede: beide Schnappschüsse enthalten dieselben %1 Benutzer mit denselben Werten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 removed, %3 changed (%Ln value(s)).</source>
        <translation>
            <numerusform>%1 hinzugekommen, %2 entfernt, %3 geändert (%Ln Wert).</numerusform>
            <numerusform>%1 hinzugekommen, %2 entfernt, %3 geändert (%Ln Werte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln difference(s) to %1.</source>
        <translation>
            <numerusform>%Ln Unterschied nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Unterschiede nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation>%1 Unterschiede</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Started with --offline.</source>
        <translation>Mit --offline gestartet.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <source>AWS CLI files</source>
        <translation>AWS CLI-Dateien</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Demo (local emulator)</source>
        <translation>Demo (lokaler Emulator)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (asked for by %2): neither among this program&apos;s profiles nor in the AWS CLI files.</source>
        <translation>Es gibt kein Profil namens „%1“ (angefordert durch %2): weder unter den Profilen dieses Programms noch in den AWS CLI-Dateien.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables are not set.</source>
        <translation>Die Variablen AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the AWS CLI files.</source>
        <translation>Das Profil %1 ist nicht mehr in den AWS CLI-Dateien vorhanden.</translation>
    </message>
    <message>
        <source>There is no profile %1.</source>
        <translation>Es gibt kein Profil %1.</translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read from the %2: %3</source>
        <translation>Die geheimen Daten des Profils %1 konnten nicht aus dem %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Anmeldedaten</translation>
    </message>
    <message>
        <source>profile %1, %2</source>
        <translation>Profil %1, %2</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>Credentials: %1 — %2</source>
        <translation>Anmeldedaten: %1 – %2</translation>
    </message>
    <message>
        <source>%1 cannot be used. %2</source>
        <translation>%1 kann nicht verwendet werden. %2</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create a user in %1</source>
        <translation>Benutzer in %1 anlegen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>Benutzer&amp;typ:</translation>
    </message>
    <message>
        <source>Type the new user&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>%1 will be created as a new user of %2.</source>
        <translation>%1 wird als neuer Benutzer von %2 angelegt.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Type one email address, and nothing else.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, und nichts sonst.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>secret access key</source>
        <translation>geheime Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The %1 contains a control character (a line break or tab, perhaps pasted along); it is not used. Enter it again without it.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen (einen Zeilenumbruch oder Tabulator, vielleicht mit eingefügt); es wird nicht verwendet. Geben Sie es ohne dieses Zeichen erneut ein.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>optional, e.g. a private endpoint</source>
        <translation>optional, z. B. ein privater Endpunkt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Fill the form from a profile of the AWS CLI (~/.aws) or from the environment variables</source>
        <translation>Formular aus einem Profil der AWS CLI (~/.aws) oder aus den Umgebungsvariablen ausfüllen</translation>
    </message>
    <message>
        <source>%1 — cannot be used: %2</source>
        <translation>%1 – kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>No AWS CLI profiles or AWS_* variables found</source>
        <translation>Keine AWS CLI-Profile oder AWS_*-Variablen gefunden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Sitzungstoken:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the secret in memory until the program closes; nothing is written to disk</source>
        <translation>Die geheimen Daten bis zum Beenden des Programms im Arbeitsspeicher behalten; es wird nichts auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain; nothing was changed here.</source>
        <translation>Das Warten auf den Schlüsselbund wurde beendet; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is written to disk, and they are gone when the program closes.</source>
        <translation>Geheime Daten werden nur für diese Sitzung im Arbeitsspeicher gehalten: Es wird nichts auf die Festplatte geschrieben, und beim Beenden des Programms sind sie verloren.</translation>
    </message>
    <message>
        <source>Secrets are stored in the %1.</source>
        <translation>Geheime Daten werden im %1 gespeichert.</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Anmeldedaten</translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation>gespeichert – zum Beibehalten leer lassen</translation>
    </message>
    <message>
        <source>stored — leave empty to remove</source>
        <translation>gespeichert – zum Entfernen leer lassen</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Imported from %1. Save to keep it as a profile of this program.</source>
        <translation>Aus %1 importiert. Speichern Sie die Angaben, um sie als Profil dieses Programms zu behalten.</translation>
    </message>
    <message>
        <source>Enter the access key id (it has no spaces).</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein (sie enthält keine Leerzeichen).</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Waiting for the keychain — it may ask to be unlocked…</source>
        <translation>Warten auf den Schlüsselbund – möglicherweise muss er entsperrt werden…</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Das Profil %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the secret cannot be stored safely. It is never written to a file: you can keep it for this session only.</source>
        <translation>Es ist kein Schlüsselbund erreichbar (%1), daher können die geheimen Daten nicht sicher gespeichert werden. In eine Datei werden sie nie geschrieben: Sie können sie nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again, or keep the secret for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut, oder behalten Sie die geheimen Daten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile %1 and its secrets from the %2?</source>
        <translation>Profil %1 und seine geheimen Daten aus dem %2 löschen?</translation>
    </message>
    <message>
        <source>Profile %1 was not deleted: %2</source>
        <translation>Das Profil %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Profile %1 and its secrets were deleted.</source>
        <translation>Das Profil %1 und seine geheimen Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>The secret access key is only spaces: enter the key itself.</source>
        <translation>Der geheime Zugriffsschlüssel besteht nur aus Leerzeichen: geben Sie den Schlüssel selbst ein.</translation>
    </message>
    <message>
        <source>Problems in the AWS CLI files</source>
        <translation>Probleme in den AWS-CLI-Dateien</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie in kleinere Dateien.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted.</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: text after a quoted field&apos;s closing quote.</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Feldes.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>%1 stays in %2: %3 is there already.</source>
        <translation>%1 bleibt in %2: %3 gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 could not be moved from %2 to %3.</source>
        <translation>%1 konnte nicht von %2 nach %3 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>DefaultLicenseEditor</name>
    <message>
        <source>New default &amp;license:</source>
        <translation>Neue Standard&amp;lizenz:</translation>
    </message>
    <message>
        <source>The account names no license it supports.</source>
        <translation>Das Konto nennt keine Lizenz, die es unterstützt.</translation>
    </message>
    <message>
        <source>Choose a license.</source>
        <translation>Eine Lizenz wählen.</translation>
    </message>
</context>
<context>
    <name>DelegateGroupsAct</name>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>Sign-in delegate groups are for Active Directory accounts only.</source>
        <translation>Delegierte Anmeldegruppen gibt es nur für Active-Directory-Konten.</translation>
    </message>
</context>
<context>
    <name>DelegateGroupsEditor</name>
    <message>
        <source>&amp;Groups, one name a line:</source>
        <translation>&amp;Gruppen, ein Name pro Zeile:</translation>
    </message>
</context>
<context>
    <name>DetailsValue</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Pro trial</source>
        <translation>Pro (Testversion)</translation>
    </message>
    <message>
        <source>Private user</source>
        <translation>Privater Benutzer</translation>
    </message>
    <message>
        <source>Shared device</source>
        <translation>Gemeinsam genutztes Gerät</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Enterprise (Active Directory)</source>
        <translation>Enterprise (Active Directory)</translation>
    </message>
    <message>
        <source>Enterprise (Login with Amazon)</source>
        <translation>Enterprise (Login with Amazon)</translation>
    </message>
    <message>
        <source>Enterprise (OpenID Connect)</source>
        <translation>Enterprise (OpenID Connect)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>EmailList</name>
    <message>
        <source>No email address on this line.</source>
        <translation>Keine E-Mail-Adresse in dieser Zeile.</translation>
    </message>
    <message>
        <source>Longer than the %1 characters an address may have.</source>
        <translation>Länger als die %1 Zeichen, die eine Adresse haben darf.</translation>
    </message>
    <message>
        <source>Not an email address (name@domain.example).</source>
        <translation>Keine E-Mail-Adresse (name@domain.example).</translation>
    </message>
    <message>
        <source>The same address as line %1.</source>
        <translation>Dieselbe Adresse wie Zeile %1.</translation>
    </message>
    <message>
        <source>Already a user of this account.</source>
        <translation>Schon Benutzer dieses Kontos.</translation>
    </message>
</context>
<context>
    <name>EmulatorCommandLine</name>
    <message>
        <source>A local Amazon Chime account and user API that verifies SigV4 signatures, for demo mode, tests, and the AWS CLI (--endpoint-url).</source>
        <translation>Eine lokale Amazon Chime-API für Konten und Benutzer, die SigV4-Signaturen prüft – für den Demomodus, für Tests und für die AWS CLI (--endpoint-url).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1). Anything but loopback needs --allow-remote.</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1). Jede Adresse außer Loopback erfordert --allow-remote.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Allow listening on an address that is not loopback.</source>
        <translation>Lauschen auf einer Adresse erlauben, die keine Loopback-Adresse ist.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien Port (Standard: 0).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Seed for the generated data and the injected faults (default 1).</source>
        <translation>Startwert (Seed) für die erzeugten Daten und die eingeschleusten Fehler (Standard: 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Number of accounts to generate (default 4).</source>
        <translation>Anzahl der zu erzeugenden Konten (Standard: 4).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Users per account, one number or a comma-separated list cycled over the accounts (default 8,150,1200,3000).</source>
        <translation>Benutzer pro Konto: eine Zahl oder eine durch Kommas getrennte Liste, die reihum auf die Konten verteilt wird (Standard: 8,150,1200,3000).</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>JSON file to load the data from (if it exists) and to save every change to.</source>
        <translation>JSON-Datei, aus der die Daten geladen werden (falls vorhanden) und in der jede Änderung gespeichert wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Fraction of requests (0 to 1) answered with an error from --fail-codes (default 0).</source>
        <translation>Anteil der Anfragen (0 bis 1), die mit einem Fehler aus --fail-codes beantwortet werden (Standard: 0).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>HTTP statuses of the injected errors (default 429,500,503).</source>
        <translation>HTTP-Statuscodes der eingeschleusten Fehler (Standard: 429,500,503).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Delay before every answer, in milliseconds (default 0).</source>
        <translation>Verzögerung vor jeder Antwort in Millisekunden (Standard: 0).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fraction of requests (0 to 1) whose connection is closed mid-answer, after the operation took effect (default 0).</source>
        <translation>Anteil der Anfragen (0 bis 1), deren Verbindung mitten in der Antwort geschlossen wird, nachdem der Vorgang bereits ausgeführt wurde (Standard: 0).</translation>
    </message>
    <message>
        <source>Access key id to accept instead of the demo key.</source>
        <translation>Zugriffsschlüssel-ID, die anstelle des Demo-Schlüssels akzeptiert wird.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Secret access key of --access-key-id.</source>
        <translation>Geheimer Zugriffsschlüssel zu --access-key-id.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Session token that --access-key-id must send.</source>
        <translation>Sitzungstoken, das mit --access-key-id gesendet werden muss.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>--host needs an IP address, not &quot;%1&quot;.</source>
        <translation>--host erfordert eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--host %1 is not a loopback address; add --allow-remote to expose the emulator to the network.</source>
        <translation>--host %1 ist keine Loopback-Adresse; geben Sie zusätzlich --allow-remote an, um den Emulator im Netzwerk verfügbar zu machen.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port erfordert eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number.</source>
        <translation>--seed erfordert eine nicht negative Zahl.</translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 1000.</source>
        <translation>--accounts erfordert eine Zahl von 0 bis 1000.</translation>
    </message>
    <message>
        <source>--users needs numbers from 0 to 1000000, separated by commas.</source>
        <translation>--users erfordert durch Kommas getrennte Zahlen von 0 bis 1000000.</translation>
    </message>
    <message>
        <source>--fail-codes needs HTTP statuses from 400 to 599.</source>
        <translation>--fail-codes erfordert HTTP-Statuscodes von 400 bis 599.</translation>
    </message>
    <message>
        <source>--latency-ms needs a number of milliseconds.</source>
        <translation>--latency-ms erfordert eine Anzahl von Millisekunden.</translation>
    </message>
    <message>
        <source>--fail-rate needs a number from 0 to 1.</source>
        <translation>--fail-rate erfordert eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>--drop-rate needs a number from 0 to 1.</source>
        <translation>--drop-rate erfordert eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>--access-key-id and --secret-access-key go together.</source>
        <translation>--access-key-id und --secret-access-key müssen gemeinsam angegeben werden.</translation>
    </message>
    <message>
        <source>Requests a second each operation answers; the rest get 429 ThrottledClientException with Retry-After (default 0: no limit).</source>
        <translation>Anfragen pro Sekunde, die jede Operation beantwortet; die übrigen erhalten 429 ThrottledClientException mit Retry-After (Standard 0: keine Grenze).</translation>
    </message>
    <message>
        <source>--rate-limit needs a number of requests a second from 0 to 100000.</source>
        <translation>--rate-limit braucht eine Zahl von Anfragen pro Sekunde von 0 bis 100000.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message, with its request id, to the clipboard</source>
        <translation>Meldung samt Anfrage-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import changes into %1</source>
        <translation>Änderungen in %1 importieren</translation>
    </message>
    <message>
        <source>A CSV file with a column &quot;email&quot; or &quot;user_id&quot;, and any of &quot;license&quot;, &quot;user_type&quot;, &quot;suspended&quot; (yes or no), &quot;inbound_calling&quot;, &quot;outbound_calling&quot; and &quot;sms&quot;. Nothing is sent until you apply the plan shown.</source>
        <translation>Eine CSV-Datei mit einer Spalte „email“ oder „user_id“ und beliebigen von „license“, „user_type“, „suspended“ (yes oder no), „inbound_calling“, „outbound_calling“ und „sms“. Nichts wird gesendet, bevor Sie den gezeigten Plan anwenden.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Import changes</source>
        <translation>Änderungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is %2: too large for a list of users to change.</source>
        <translation>%1 ist %2 groß: zu groß für eine Liste zu ändernder Benutzer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Matching the rows to the users of %1…</source>
        <translation>Die Zeilen werden den Benutzern von %1 zugeordnet…</translation>
    </message>
    <message>
        <source>Matching the rows to the users of %1… %2 of %3</source>
        <translation>Die Zeilen werden den Benutzern von %1 zugeordnet… %2 von %3</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %Ln user(s)</source>
        <translation>
            <numerusform>Auf %Ln Benutzer anwenden</numerusform>
            <numerusform>Auf %Ln Benutzer anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… %1 applied, %2 refused, %3 on their way.</source>
        <translation>Wird gesendet… %1 übernommen, %2 abgelehnt, %3 unterwegs.</translation>
    </message>
    <message>
        <source>Done: %1 applied, %2 refused by the service, %3 not applied or not confirmed. Each change is in the audit log (View → Audit log), where it can be undone.</source>
        <translation>Fertig: %1 übernommen, %2 vom Dienst abgelehnt, %3 nicht übernommen oder nicht bestätigt. Jede Änderung steht im Audit-Protokoll (Ansicht → Audit-Protokoll) und kann dort rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Rows that change a user: %1; that change nothing: %2; that cannot apply: %3.</source>
        <translation>Zeilen, die einen Benutzer ändern: %1; die nichts ändern: %2; die nicht anwendbar sind: %3.</translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation>Plan, Zeile für Zeile</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation>Telefonie</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Holds it already: nothing to send</source>
        <translation>Hat dies schon: nichts zu senden</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>The file needs a column &quot;email&quot; or &quot;user_id&quot; in its first line to say whom each row is for.</source>
        <translation>Die Datei braucht in ihrer ersten Zeile eine Spalte „email“ oder „user_id“, die sagt, für wen jede Zeile ist.</translation>
    </message>
    <message>
        <source>The file names no column to change: license, user_type, suspended, inbound_calling, outbound_calling or sms.</source>
        <translation>Die Datei nennt keine zu ändernde Spalte: license, user_type, suspended, inbound_calling, outbound_calling oder sms.</translation>
    </message>
    <message>
        <source>It has %1 cells; the header line has %2.</source>
        <translation>Sie hat %1 Zellen; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; holds a formula; type the value itself.</source>
        <translation>Die Zelle „%1“ enthält eine Formel; geben Sie den Wert selbst ein.</translation>
    </message>
    <message>
        <source>License &quot;%1&quot; is not one this account supports (%2).</source>
        <translation>Die Lizenz „%1“ unterstützt dieses Konto nicht (%2).</translation>
    </message>
    <message>
        <source>User type &quot;%1&quot; is neither PrivateUser nor SharedDevice.</source>
        <translation>Der Benutzertyp „%1“ ist weder PrivateUser noch SharedDevice.</translation>
    </message>
    <message>
        <source>&quot;suspended&quot; is yes or no, not &quot;%1&quot;.</source>
        <translation>„suspended“ ist yes oder no, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is yes or no, not &quot;%2&quot;.</source>
        <translation>„%1“ ist yes oder no, nicht „%2“.</translation>
    </message>
    <message>
        <source>It has no email.</source>
        <translation>Sie hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>It has no user id.</source>
        <translation>Sie hat keine Benutzer-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>It asks for no change.</source>
        <translation>Sie verlangt keine Änderung.</translation>
    </message>
    <message>
        <source>No user of this account has this email.</source>
        <translation>Kein Benutzer dieses Kontos hat diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No user of this account has this id.</source>
        <translation>Kein Benutzer dieses Kontos hat diese ID.</translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its telephony settings could not be read: %1</source>
        <translation>Seine Telefonie-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Lines %1 are all for this user: keep one of them.</source>
        <translation>Die Zeilen %1 sind alle für diesen Benutzer: behalten Sie eine davon.</translation>
    </message>
</context>
<context>
    <name>InviteAct</name>
    <message>
        <source>Only Team accounts invite users by email; %1 is an account of type %2. Create the user instead.</source>
        <translation>Nur Team-Konten laden Benutzer per E-Mail ein; %1 ist ein Konto vom Typ %2. Legen Sie den Benutzer stattdessen an.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The service did not invite this address (invitation failed; email: %1).</source>
        <translation>Der Dienst hat diese Adresse nicht eingeladen (Einladung fehlgeschlagen; E-Mail: %1).</translation>
    </message>
    <message>
        <source>Invited; the invitation email was sent.</source>
        <translation>Eingeladen; die Einladung wurde per E-Mail gesendet.</translation>
    </message>
    <message>
        <source>Invited, but the invitation email was not sent (%1): tell the person another way.</source>
        <translation>Eingeladen, aber die Einladung wurde nicht per E-Mail gesendet (%1): Sagen Sie es der Person auf anderem Weg.</translation>
    </message>
    <message>
        <source>the answer gives no invite status this program knows</source>
        <translation>die Antwort nennt keinen Einladungsstatus, den dieses Programm kennt</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users to %1</source>
        <translation>Benutzer zu %1 einladen</translation>
    </message>
    <message>
        <source>&amp;Addresses to invite: one a line, or CSV with an email column. Each gets an invitation email to join the team.</source>
        <translation>&amp;Einzuladende Adressen: eine pro Zeile oder CSV mit einer E-Mail-Spalte. Jede erhält eine Einladung per E-Mail, dem Team beizutreten.</translation>
    </message>
    <message>
        <source>ana@example.com
Ben Ortiz &lt;ben@example.com&gt;</source>
        <translation>ana@example.com
Ben Ortiz &lt;ben@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Invite as:</source>
        <translation>Einladen als:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Adressliste öffnen</translation>
    </message>
    <message>
        <source>Address lists (*.txt *.csv);;All files (*)</source>
        <translation>Adresslisten (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a list of addresses can be (1 MiB).</source>
        <translation>%1 ist größer, als eine Adressliste sein kann (1 MiB).</translation>
    </message>
    <message>
        <source>Paste or type the addresses to invite, or open a file of them.</source>
        <translation>Fügen Sie die einzuladenden Adressen ein, tippen Sie sie oder öffnen Sie eine Datei damit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) will be invited.</source>
        <translation>
            <numerusform>%Ln Adresse wird eingeladen.</numerusform>
            <numerusform>%Ln Adressen werden eingeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be sent and are left out: see why below.</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht gesendet werden und wird ausgelassen: warum, steht unten.</numerusform>
            <numerusform>%Ln Zeilen können nicht gesendet werden und werden ausgelassen: warum, steht unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Wird eingeladen</translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln address(es)</source>
        <translation>
            <numerusform>%Ln Adresse einladen</numerusform>
            <numerusform>%Ln Adressen einladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message numerus="yes">
        <source>Send an invitation email to %Ln address(es) to join %1? An invitation cannot be taken back here.</source>
        <translation>
            <numerusform>Eine Einladung per E-Mail an %Ln Adresse senden, %1 beizutreten? Eine Einladung kann hier nicht zurückgenommen werden.</numerusform>
            <numerusform>Eine Einladung per E-Mail an %Ln Adressen senden, %1 beizutreten? Eine Einladung kann hier nicht zurückgenommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine Datei, die gelesen werden kann.</translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>Geprüfte Adressen</translation>
    </message>
</context>
<context>
    <name>JournalSessions</name>
    <message>
        <source>Cannot create the sessions folder %1: %2</source>
        <translation>Der Sitzungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the session lock file %1: no permission to write in %2.</source>
        <translation>Die Sitzungs-Sperrdatei %1 kann nicht angelegt werden: keine Schreibberechtigung in %2.</translation>
    </message>
    <message>
        <source>Cannot create the session lock file %1.</source>
        <translation>Die Sitzungs-Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Befehle und Tasten filtern</translation>
    </message>
    <message>
        <source>No command or key matches “%1”.</source>
        <translation>Kein Befehl und keine Taste passt zu „%1“.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Users table</source>
        <translation>Benutzertabelle</translation>
    </message>
    <message>
        <source>Next pane, previous pane</source>
        <translation>Nächster Bereich, vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move between users</source>
        <translation>Zwischen Benutzern wechseln</translation>
    </message>
    <message>
        <source>Go to the user&apos;s details</source>
        <translation>Zu den Angaben des Benutzers</translation>
    </message>
    <message>
        <source>Select every user shown</source>
        <translation>Alle angezeigten Benutzer auswählen</translation>
    </message>
    <message>
        <source>Leave a license being edited as it is</source>
        <translation>Eine Lizenz in Bearbeitung unverändert lassen</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>LicenseCommand</name>
    <message>
        <source>Change license</source>
        <translation>Lizenz ändern</translation>
    </message>
    <message numerus="yes">
        <source>New license for the %Ln selected user(s):</source>
        <translation>
            <numerusform>Neue Lizenz für %Ln ausgewählten Benutzer:</numerusform>
            <numerusform>Neue Lizenz für die %Ln ausgewählten Benutzer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the license these users are to have.</source>
        <translation>Wählen Sie die Lizenz, die diese Benutzer erhalten sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer auf %1 ändern</numerusform>
            <numerusform>%Ln Benutzer auf %1 ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the license of %Ln user(s) of %1 to %2?</source>
        <translation>
            <numerusform>Die Lizenz von %Ln Benutzer von %1 auf %2 ändern?</numerusform>
            <numerusform>Die Lizenz von %Ln Benutzern von %1 auf %2 ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;license of selected users…</source>
        <translation>Lizenz der ausgewählten Benutzer ä&amp;ndern…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 users will change to %3; %Ln already hold(s) it.</source>
        <translation>
            <numerusform>%1 von %2 Benutzern erhalten die Lizenz %3; %Ln hat sie bereits.</numerusform>
            <numerusform>%1 von %2 Benutzern erhalten die Lizenz %3; %Ln haben sie bereits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseMixWidget</name>
    <message>
        <source>Licenses of the users loaded so far</source>
        <translation>Lizenzen der bisher geladenen Benutzer</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln user(s) loaded so far</source>
        <translation>
            <numerusform>Vom %Ln bisher geladenen Benutzer</numerusform>
            <numerusform>Von den %Ln bisher geladenen Benutzern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseOverviewDialog</name>
    <message>
        <source>License overview</source>
        <translation>Lizenzübersicht</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message numerus="yes">
        <source>Counting the users of %Ln account(s), page by page…</source>
        <translation>
            <numerusform>Zähle die Benutzer von %Ln Konto, Seite für Seite…</numerusform>
            <numerusform>Zähle die Benutzer von %Ln Konten, Seite für Seite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users of the %Ln account(s) listed, by license.</source>
        <translation>
            <numerusform>Die Benutzer des %Ln aufgelisteten Kontos, nach Lizenz.</numerusform>
            <numerusform>Die Benutzer der %Ln aufgelisteten Konten, nach Lizenz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users by license, account by account</source>
        <translation>Benutzer nach Lizenz, Konto für Konto</translation>
    </message>
</context>
<context>
    <name>LicenseTotalsModel</name>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Genau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 accounts counted whole</source>
        <translation>
            <numerusform>%Ln von %1 Konten ganz gezählt</numerusform>
            <numerusform>%Ln von %1 Konten ganz gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln user(s) loaded so far</source>
        <translation>
            <numerusform>Vom %Ln bisher geladenen Benutzer</numerusform>
            <numerusform>Von den %Ln bisher geladenen Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
</context>
<context>
    <name>LogoutAct</name>
    <message>
        <source>Signed out everywhere</source>
        <translation>Überall abgemeldet</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign &amp;out selected users everywhere…</source>
        <translation>Ausgewählte Benutzer überall abmel&amp;den…</translation>
    </message>
    <message>
        <source>Sign users out</source>
        <translation>Benutzer abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Sign %Ln user(s) out of every Amazon Chime client.</source>
        <translation>
            <numerusform>%Ln Benutzer von jedem Amazon-Chime-Client abmelden.</numerusform>
            <numerusform>%Ln Benutzer von jedem Amazon-Chime-Client abmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer abmelden</numerusform>
            <numerusform>%Ln Benutzer abmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %Ln user(s) of %1 out of every Amazon Chime client?</source>
        <translation>
            <numerusform>%Ln Benutzer von %1 von jedem Amazon-Chime-Client abmelden?</numerusform>
            <numerusform>%Ln Benutzer von %1 von jedem Amazon-Chime-Client abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out cannot be undone. The users can sign in again at once; to keep them out, suspend them instead.</source>
        <translation>Das Abmelden kann nicht rückgängig gemacht werden. Die Benutzer können sich sofort wieder anmelden; um sie auszuschließen, sperren Sie sie stattdessen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chime Admin</source>
        <translation>Chime Admin</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Show only users with this license</source>
        <translation>Nur Benutzer mit dieser Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Show only users of this type</source>
        <translation>Nur Benutzer dieses Typs anzeigen</translation>
    </message>
    <message>
        <source>Show only users with this registration status</source>
        <translation>Nur Benutzer mit diesem Registrierungsstatus anzeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>Alle Lizenzen</translation>
    </message>
    <message>
        <source>Any user type</source>
        <translation>Alle Benutzertypen</translation>
    </message>
    <message>
        <source>Any registration</source>
        <translation>Jede Registrierung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export visible users as CSV…</source>
        <translation>Sichtbare Benutzer als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Edit license</source>
        <translation>Lizenz &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Load &amp;all users</source>
        <translation>&amp;Alle Benutzer laden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Loading users stopped: %1</source>
        <translation>Das Laden der Benutzer wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>The user was found but the current filters hide them.</source>
        <translation>Der Benutzer wurde gefunden, wird aber durch die aktuellen Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation>Wählen Sie ein Konto aus</translation>
    </message>
    <message>
        <source>Loading users… %1 loaded so far</source>
        <translation>Benutzer werden geladen… bisher %1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>%Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users loaded; more on the server (scroll down or Load all)</source>
        <translation>%1 Benutzer geladen; weitere auf dem Server (nach unten scrollen oder „Alle laden“)</translation>
    </message>
    <message>
        <source>Changes in flight</source>
        <translation>Änderungen in Bearbeitung</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Benutzer aus.</translation>
    </message>
    <message>
        <source>No credentials are in use yet. Add a profile, or import one of your AWS CLI profiles, in the Credentials dialog.</source>
        <translation>Es werden noch keine Anmeldedaten verwendet. Fügen Sie im Dialog „Anmeldedaten“ ein Profil hinzu oder importieren Sie eines Ihrer AWS CLI-Profile.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Which credentials to use</source>
        <translation>Zu verwendende Anmeldedaten</translation>
    </message>
    <message>
        <source>Credentials…</source>
        <translation>Anmeldedaten…</translation>
    </message>
    <message>
        <source>Add, change, import or delete profiles</source>
        <translation>Profile hinzufügen, ändern, importieren oder löschen</translation>
    </message>
    <message>
        <source>Waiting for the keychain — it may ask to be unlocked…</source>
        <translation>Warten auf den Schlüsselbund – möglicherweise muss er entsperrt werden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo last change…</source>
        <translation>Letzte Änderung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Preview giving the users of the newest change their previous value back</source>
        <translation>Vorschau: den Benutzern der neuesten Änderung ihren vorherigen Wert zurückgeben</translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>Das Änderungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Changes are still being sent to the service. Close anyway? The journal keeps them: the next start reads their users back and says how they ended.</source>
        <translation>Es werden noch Änderungen an den Dienst gesendet. Trotzdem schließen? Das Journal bewahrt sie auf: beim nächsten Start werden ihre Benutzer erneut gelesen, und es wird angezeigt, wie sie ausgegangen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln user(s) of changes interrupted in an earlier session…</source>
        <translation>
            <numerusform>%Ln Benutzer aus in einer früheren Sitzung unterbrochenen Änderungen wird geprüft…</numerusform>
            <numerusform>%Ln Benutzer aus in einer früheren Sitzung unterbrochenen Änderungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AWS CLI files: %Ln problem(s)</source>
        <translation>
            <numerusform>AWS-CLI-Dateien: %Ln Problem</numerusform>
            <numerusform>AWS-CLI-Dateien: %Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS CLI files</source>
        <translation>AWS-CLI-Dateien</translation>
    </message>
    <message>
        <source>Reading the AWS CLI files found these problems:</source>
        <translation>Beim Lesen der AWS-CLI-Dateien wurden diese Probleme gefunden:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable user(s) not listed</source>
        <translation>
            <numerusform>%Ln unlesbarer Benutzer nicht aufgeführt</numerusform>
            <numerusform>%Ln unlesbare Benutzer nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable account(s) not listed</source>
        <translation>
            <numerusform>%Ln unlesbares Konto nicht aufgeführt</numerusform>
            <numerusform>%Ln unlesbare Konten nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The change of %1 (%2) was not made. %3</source>
        <translation>Die Änderung von %1 (%2) wurde nicht vorgenommen. %3</translation>
    </message>
    <message>
        <source>Whether the change of %1 (%2) was made could not be confirmed. %3</source>
        <translation>Ob die Änderung von %1 (%2) vorgenommen wurde, konnte nicht bestätigt werden. %3</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>A name or part of one filters the users of this account loaded so far. An email and Enter asks the service: this account first, then every account. The service cannot search names across accounts.</source>
        <translation>Ein Name oder ein Teil davon filtert die bisher geladenen Benutzer dieses Kontos. Eine E-Mail und Eingabe fragt den Dienst: zuerst dieses Konto, dann jedes Konto. Namen kann der Dienst nicht über Konten hinweg suchen.</translation>
    </message>
    <message>
        <source>Looking %1 up in every account failed: %2</source>
        <translation>Die Suche nach %1 in jedem Konto schlug fehl: %2</translation>
    </message>
    <message>
        <source>Looking up %1 in %2…</source>
        <translation>Suche %1 in %2…</translation>
    </message>
    <message>
        <source>Looking up %1 in every account…</source>
        <translation>Suche %1 in jedem Konto…</translation>
    </message>
    <message>
        <source>%1 is not in %2; looking in every account…</source>
        <translation>%1 ist nicht in %2; suche in jedem Konto…</translation>
    </message>
    <message>
        <source>No account holds a user with the email %1.</source>
        <translation>Kein Konto hat einen Benutzer mit der E-Mail %1.</translation>
    </message>
    <message>
        <source>Found in another account</source>
        <translation>In einem anderen Konto gefunden</translation>
    </message>
    <message>
        <source>%1 is a user of %2.</source>
        <translation>%1 ist Benutzer von %2.</translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation>In %1 zeigen</translation>
    </message>
    <message>
        <source>%1 is in %2, which the account list has not loaded yet.</source>
        <translation>%1 ist in %2, das die Kontenliste noch nicht geladen hat.</translation>
    </message>
    <message>
        <source>License &amp;overview…</source>
        <translation>Lizenz&amp;übersicht…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>A snapshot could not be written (%1); listings are not kept until the program is started again.</source>
        <translation>Ein Schnappschuss konnte nicht geschrieben werden (%1); Auflistungen werden bis zum nächsten Programmstart nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in flight</source>
        <translation>
            <numerusform>%Ln Änderung unterwegs</numerusform>
            <numerusform>%Ln Änderungen unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: %1 No snapshots are kept here, so there is nothing to show.</source>
        <translation>Offline: %1 Hier werden keine Schnappschüsse aufbewahrt, daher gibt es nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Offline: %1 No account has a complete snapshot on this computer yet, so there is nothing to show.</source>
        <translation>Offline: %1 Noch hat kein Konto einen vollständigen Schnappschuss auf diesem Computer, daher gibt es nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Offline: %1 Showing the snapshots kept on this computer, read-only: nothing can be changed until the service answers again.</source>
        <translation>Offline: %1 Gezeigt werden die auf diesem Computer aufbewahrten Schnappschüsse, schreibgeschützt: nichts kann geändert werden, bis der Dienst wieder antwortet.</translation>
    </message>
    <message>
        <source>Offline: %1 users of the snapshot of %2</source>
        <translation>Offline: %1 Benutzer des Schnappschusses vom %2</translation>
    </message>
    <message>
        <source>Confirming the snapshot with the service… %1 of %2 users confirmed</source>
        <translation>Der Schnappschuss wird mit dem Dienst abgeglichen… %1 von %2 Benutzern bestätigt</translation>
    </message>
    <message>
        <source>Compare &amp;snapshots…</source>
        <translation>&amp;Schnappschüsse vergleichen…</translation>
    </message>
    <message>
        <source>What changed in an account between two of its snapshots</source>
        <translation>Was sich in einem Konto zwischen zwei seiner Schnappschüsse geändert hat</translation>
    </message>
    <message>
        <source>No snapshots are kept in this session.</source>
        <translation>In dieser Sitzung werden keine Schnappschüsse aufbewahrt.</translation>
    </message>
    <message>
        <source>Not kept in the snapshot</source>
        <translation>Nicht im Schnappschuss aufbewahrt</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>&amp;Archiv exportieren…</translation>
    </message>
    <message>
        <source>Write the accounts&apos; latest snapshots to a folder, as CSV, JSON and SQLite</source>
        <translation>Die neuesten Schnappschüsse der Konten in einen Ordner schreiben, als CSV, JSON und SQLite</translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation>Änderungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Apply a spreadsheet (email, license, …) to the selected account, after a dry run</source>
        <translation>Eine Tabelle (E-Mail, Lizenz, …) nach einem Probelauf auf das gewählte Konto anwenden</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>License filter</source>
        <translation>Lizenzfilter</translation>
    </message>
    <message>
        <source>User type filter</source>
        <translation>Benutzertypfilter</translation>
    </message>
    <message>
        <source>Registration filter</source>
        <translation>Registrierungsfilter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;About Chime Admin…</source>
        <translation>Ü&amp;ber Chime Admin…</translation>
    </message>
    <message>
        <source>More commands of %1</source>
        <translation>Weitere Befehle von %1</translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation>Ansicht %1 gespeichert.</translation>
    </message>
    <message>
        <source>View %1: %2</source>
        <translation>Ansicht %1: %2</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Ansicht spei&amp;chern…</translation>
    </message>
    <message>
        <source>Keep the search, filters, sort and columns under a name</source>
        <translation>Suche, Filter, Sortierung und Spalten unter einem Namen behalten</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>No change in the journal has applied to any user yet: there is nothing to undo.</source>
        <translation>Noch keine Änderung im Journal wurde bei einem Benutzer übernommen: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>User (the current one of %Ln selected)</source>
        <translation>
            <numerusform>Benutzer (der aktuelle von %Ln ausgewählten)</numerusform>
            <numerusform>Benutzer (der aktuelle von %Ln ausgewählten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSettingsAct</name>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>remote control off</source>
        <translation>Fernsteuerung aus</translation>
    </message>
    <message>
        <source>remote control on</source>
        <translation>Fernsteuerung an</translation>
    </message>
    <message>
        <source>dial-out on</source>
        <translation>Hinauswählen an</translation>
    </message>
    <message>
        <source>dial-out off</source>
        <translation>Hinauswählen aus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsEditor</name>
    <message>
        <source>Turn off &amp;remote control of shared screens</source>
        <translation>&amp;Fernsteuerung geteilter Bildschirme ausschalten</translation>
    </message>
    <message>
        <source>Let meetings &amp;dial out to telephones</source>
        <translation>Besprechungen dürfen &amp;hinauswählen (Telefone anrufen)</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No secret is stored.</source>
        <translation>Es sind keine geheimen Daten gespeichert.</translation>
    </message>
    <message>
        <source>memory, this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>NewAccountAct</name>
    <message>
        <source>No such account</source>
        <translation>Kein solches Konto</translation>
    </message>
    <message>
        <source>An account (%1)</source>
        <translation>Ein Konto (%1)</translation>
    </message>
    <message>
        <source>The account %1 exists now.</source>
        <translation>Das Konto %1 gibt es jetzt.</translation>
    </message>
</context>
<context>
    <name>NewAccountEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The service makes it a Team account, under the AWS account of the credentials in use.</source>
        <translation>Der Dienst legt es als Team-Konto an, unter dem AWS-Konto der verwendeten Zugangsdaten.</translation>
    </message>
    <message>
        <source>An account of this name exists already: give the new one a name of its own.</source>
        <translation>Ein Konto dieses Namens gibt es bereits: Dem neuen einen eigenen Namen geben.</translation>
    </message>
</context>
<context>
    <name>NewUserAct</name>
    <message>
        <source>Not in the account</source>
        <translation>Nicht im Konto</translation>
    </message>
    <message>
        <source>In the account (%1)</source>
        <translation>Im Konto (%1)</translation>
    </message>
</context>
<context>
    <name>NewUsersCommands</name>
    <message>
        <source>&amp;Invite users…</source>
        <translation>Benutzer e&amp;inladen…</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Invite people to this team by email</source>
        <translation>Personen per E-Mail in dieses Team einladen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Create a user in this account</source>
        <translation>Einen Benutzer in diesem Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Create user…</source>
        <translation>Benutzer an&amp;legen…</translation>
    </message>
</context>
<context>
    <name>NewUsersDialog</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden beenden</translation>
    </message>
    <message>
        <source>Send no more addresses; those already sent still settle</source>
        <translation>Keine weiteren Adressen senden; bereits gesendete werden noch abgeschlossen</translation>
    </message>
    <message>
        <source>Try failed ones again…</source>
        <translation>Fehlgeschlagene erneut versuchen…</translation>
    </message>
    <message>
        <source>Back to the input with those that failed, were cancelled or could not be confirmed</source>
        <translation>Zurück zur Eingabe mit denen, die fehlschlugen, abgebrochen wurden oder nicht bestätigt werden konnten</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>The service sent %1 items in a page of at most %2; the listing was stopped.</source>
        <translation>Der Dienst sandte %1 Einträge in einer Seite von höchstens %2; das Auflisten wurde beendet.</translation>
    </message>
    <message>
        <source>The service sent %1 empty pages in a row, each saying more would follow; the listing was stopped.</source>
        <translation>Der Dienst sandte %1 leere Seiten hintereinander, jede mit der Angabe, es folge mehr; das Auflisten wurde beendet.</translation>
    </message>
    <message>
        <source>The service sent a page token it had sent before, so the listing would never end; it was stopped.</source>
        <translation>Der Dienst sandte ein Seitentoken, das er schon einmal gesandt hatte; das Auflisten endete nie und wurde beendet.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberAct</name>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
</context>
<context>
    <name>PinResetAct</name>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
</context>
<context>
    <name>PinResetCommand</name>
    <message>
        <source>Reset meeting PIN</source>
        <translation>Besprechungs-PIN zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) a new personal meeting PIN.</source>
        <translation>
            <numerusform>%Ln Benutzer erhält eine neue persönliche Besprechungs-PIN.</numerusform>
            <numerusform>%Ln Benutzer erhalten eine neue persönliche Besprechungs-PIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the PIN of %Ln user(s)</source>
        <translation>
            <numerusform>Die PIN von %Ln Benutzer zurücksetzen</numerusform>
            <numerusform>Die PIN von %Ln Benutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) of %1 a new personal meeting PIN?</source>
        <translation>
            <numerusform>%Ln Benutzer von %1 eine neue persönliche Besprechungs-PIN geben?</numerusform>
            <numerusform>%Ln Benutzern von %1 eine neue persönliche Besprechungs-PIN geben?</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN reset cannot be undone. Meetings the users scheduled with their old PIN must be updated with the new one, which the user panel shows (masked) once it is reset.</source>
        <translation>Das Zurücksetzen der PIN kann nicht rückgängig gemacht werden. Besprechungen, die die Benutzer mit ihrer alten PIN geplant haben, müssen mit der neuen aktualisiert werden; der Benutzerbereich zeigt sie (verdeckt), sobald sie zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>Reset &amp;meeting PIN of selected users…</source>
        <translation>Besprechungs-PIN der ausgewählten Benutzer &amp;zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>There is no profile %1.</source>
        <translation>Es gibt kein Profil %1.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>%Ln interrupted change(s) were made with other credentials and will be checked when those are in use: %1.</source>
        <translation>
            <numerusform>%Ln unterbrochene Änderung wurde mit anderen Zugangsdaten gemacht und wird geprüft, sobald diese verwendet werden: %1.</numerusform>
            <numerusform>%Ln unterbrochene Änderungen wurden mit anderen Zugangsdaten gemacht und werden geprüft, sobald diese verwendet werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) bei %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) now hold %1</source>
        <translation>
            <numerusform>%Ln Benutzer hat jetzt %1</numerusform>
            <numerusform>%Ln Benutzer haben jetzt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) still hold %1</source>
        <translation>
            <numerusform>%Ln Benutzer hat noch %1</numerusform>
            <numerusform>%Ln Benutzer haben noch %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) no longer exist</source>
        <translation>
            <numerusform>%Ln Benutzer gibt es nicht mehr</numerusform>
            <numerusform>%Ln Benutzer gibt es nicht mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be checked yet</source>
        <translation>
            <numerusform>%Ln Benutzer konnte noch nicht geprüft werden</numerusform>
            <numerusform>%Ln Benutzer konnten noch nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from the last session were interrupted: %1.</source>
        <translation>
            <numerusform>%Ln Änderung aus der letzten Sitzung wurde unterbrochen: %1.</numerusform>
            <numerusform>%Ln Änderungen aus der letzten Sitzung wurden unterbrochen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of a log-out or PIN reset cannot be checked and are left unconfirmed</source>
        <translation>
            <numerusform>%Ln Benutzer einer Abmeldung oder PIN-Zurücksetzung kann nicht geprüft werden und bleibt unbestätigt</numerusform>
            <numerusform>%Ln Benutzer einer Abmeldung oder PIN-Zurücksetzung können nicht geprüft werden und bleiben unbestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; reading back cannot show whether it happened.</source>
        <translation>Unterbrochen; erneutes Lesen kann nicht zeigen, ob es geschah.</translation>
    </message>
    <message>
        <source>Interrupted; reading back showed it applied.</source>
        <translation>Unterbrochen; erneutes Lesen zeigte, dass sie übernommen wurde.</translation>
    </message>
    <message>
        <source>Interrupted; reading back showed it not applied.</source>
        <translation>Unterbrochen; erneutes Lesen zeigte, dass sie nicht übernommen wurde.</translation>
    </message>
</context>
<context>
    <name>RemoveNumberCommand</name>
    <message>
        <source>Remove phone number</source>
        <translation>Telefonnummer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Take the phone number away from %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer die Telefonnummer entziehen.</numerusform>
            <numerusform>%Ln Benutzern die Telefonnummer entziehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users have no number and are left as they are.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Benutzer hat keine Nummer und bleibt unverändert.</numerusform>
            <numerusform>%Ln der ausgewählten Benutzer haben keine Nummer und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the number of %Ln user(s)</source>
        <translation>
            <numerusform>Die Nummer von %Ln Benutzer entfernen</numerusform>
            <numerusform>Die Nummer von %Ln Benutzern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the phone number away from %Ln user(s) of %1? Calls to it no longer reach them.</source>
        <translation>
            <numerusform>%Ln Benutzer von %1 die Telefonnummer entziehen? Anrufe an sie erreichen ihn nicht mehr.</numerusform>
            <numerusform>%Ln Benutzern von %1 die Telefonnummer entziehen? Anrufe an sie erreichen sie nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove phone &amp;number of selected users…</source>
        <translation>Telefonnummer der ausgewählten Benutzer ent&amp;fernen…</translation>
    </message>
    <message>
        <source>None of the selected users has a phone number.</source>
        <translation>Keiner der ausgewählten Benutzer hat eine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>RetentionAct</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>rooms %1, conversations %2</source>
        <translation>Räume %1, Unterhaltungen %2</translation>
    </message>
    <message>
        <source>Chat retention is for Enterprise accounts only.</source>
        <translation>Chat-Aufbewahrung gibt es nur für Enterprise-Konten.</translation>
    </message>
</context>
<context>
    <name>RetentionEditor</name>
    <message>
        <source>Delete &amp;room messages after</source>
        <translation>&amp;Raumnachrichten löschen nach</translation>
    </message>
    <message>
        <source>Delete &amp;conversation messages after</source>
        <translation>&amp;Unterhaltungsnachrichten löschen nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Only for %1</source>
        <translation>Nur für %1</translation>
    </message>
    <message>
        <source>For every account</source>
        <translation>Für jedes Konto</translation>
    </message>
    <message>
        <source>Open %1 with this view</source>
        <translation>%1 mit dieser Ansicht öffnen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The search, the filters, the sort and the columns, as they are now.</source>
        <translation>Suche, Filter, Sortierung und Spalten, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>A view named %1 exists; saving replaces it.</source>
        <translation>Eine Ansicht namens %1 gibt es schon; Speichern ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>Ansich&amp;ten</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Open %1 with no view</source>
        <translation>%1 &amp;ohne Ansicht öffnen</translation>
    </message>
    <message>
        <source>%1 (every account)</source>
        <translation>%1 (jedes Konto)</translation>
    </message>
    <message>
        <source>%1 — opens this account</source>
        <translation>%1 – öffnet dieses Konto</translation>
    </message>
</context>
<context>
    <name>SecretScrubber</name>
    <message>
        <source>(The service quoted the signed request; it is left out because it carries credentials.)</source>
        <translation>(Der Dienst zitierte die signierte Anfrage; sie wird weggelassen, weil sie Zugangsdaten enthält.)</translation>
    </message>
</context>
<context>
    <name>SignedRequestFactory</name>
    <message>
        <source>No credentials are set: choose a profile or enter an access key.</source>
        <translation>Es sind keine Anmeldedaten festgelegt: Wählen Sie ein Profil aus oder geben Sie einen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; cannot be sent as signed: an id of &quot;.&quot; or &quot;..&quot; would address another resource.</source>
        <translation>Die Anfrage für „%1“ kann nicht signiert gesendet werden: Eine ID „.“ oder „..“ würde eine andere Ressource adressieren.</translation>
    </message>
</context>
<context>
    <name>SnapshotArchive</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Chime Admin archive
===================

Snapshots of Amazon Chime accounts as Chime Admin listed them: each account as listed, and
every user of the listing. Times are ISO 8601 in UTC; an empty cell is a value the service
did not give (or, for settings, did not read). Enum values are the service&apos;s wire names.
A cell that starts with =, +, - or @ (a phone number, say) is written with a leading
apostrophe, so that spreadsheets do not run it as a formula; archive.json and
snapshots.sqlite hold every value as it is.

accounts.csv: one row per account.
  account_id, name, aws_account_id, account_type (Team, EnterpriseDirectory, EnterpriseLWA,
  EnterpriseOIDC), account_status (Active, Suspended), created_at, default_license,
  supported_licenses (;-separated), signin_delegate_groups (;-separated group names),
  snapshot_taken_at (when the listing began), snapshot_finished_at (when its last page
  arrived), user_count.

users.csv: one row per user.
  account_id, user_id, email, display_name, license (Basic, Plus, Pro, ProTrial), user_type
  (PrivateUser, SharedDevice), registration_status (Unregistered, Registered, Suspended),
  invitation_status (Pending, Accepted, Failed), registered_on, invited_on, phone_number,
  alexa_for_business_enabled (true/false), alexa_for_business_room_arn.

user-settings.csv: the telephony settings of the users whose settings were read.
  account_id, user_id, inbound_calling, outbound_calling, sms (true/false).

account-settings.csv: one row per account.
  account_id, disable_remote_control, enable_dial_out (true/false), room_retention_days,
  conversation_retention_days (1-5475; empty: messages are kept, or not read).

archive.json: the same, one object per account with its settings and users.

snapshots.sqlite: a Chime Admin snapshot database holding just these snapshots (Chime Admin
  opens it; it keeps the users in pages of a compact binary form, which users.csv and
  archive.json spell out).

Personal meeting PINs are never kept.
</source>
        <translation>Chime-Admin-Archiv
==================

Schnappschüsse von Amazon-Chime-Konten, wie Chime Admin sie aufgelistet hat: jedes Konto wie
aufgelistet und jeder Benutzer der Auflistung. Zeiten sind ISO 8601 in UTC; eine leere Zelle ist
ein Wert, den der Dienst nicht angegeben hat (oder, bei Einstellungen, nicht gelesen wurde).
Aufzählungswerte sind die Namen des Dienstes.
Eine Zelle, die mit =, +, - oder @ beginnt (etwa eine Telefonnummer), wird mit einem führenden
Apostroph geschrieben, damit Tabellenkalkulationen sie nicht als Formel ausführen; archive.json
und snapshots.sqlite enthalten jeden Wert unverändert.

accounts.csv: eine Zeile je Konto.
  account_id, name, aws_account_id, account_type (Team, EnterpriseDirectory, EnterpriseLWA,
  EnterpriseOIDC), account_status (Active, Suspended), created_at, default_license,
  supported_licenses (durch ; getrennt), signin_delegate_groups (durch ; getrennte Gruppennamen),
  snapshot_taken_at (Beginn der Auflistung), snapshot_finished_at (Ankunft ihrer letzten
  Seite), user_count.

users.csv: eine Zeile je Benutzer.
  account_id, user_id, email, display_name, license (Basic, Plus, Pro, ProTrial), user_type
  (PrivateUser, SharedDevice), registration_status (Unregistered, Registered, Suspended),
  invitation_status (Pending, Accepted, Failed), registered_on, invited_on, phone_number,
  alexa_for_business_enabled (true/false), alexa_for_business_room_arn.

user-settings.csv: die Telefonie-Einstellungen der Benutzer, deren Einstellungen gelesen wurden.
  account_id, user_id, inbound_calling, outbound_calling, sms (true/false).

account-settings.csv: eine Zeile je Konto.
  account_id, disable_remote_control, enable_dial_out (true/false), room_retention_days,
  conversation_retention_days (1-5475; leer: Nachrichten werden behalten, oder nicht gelesen).

archive.json: dasselbe, ein Objekt je Konto mit seinen Einstellungen und Benutzern.

snapshots.sqlite: eine Chime-Admin-Schnappschuss-Datenbank mit genau diesen Schnappschüssen
  (Chime Admin öffnet sie; die Benutzer stehen darin seitenweise in einer kompakten Binärform,
  die users.csv und archive.json ausschreiben).

Persönliche Besprechungs-PINs werden nie aufbewahrt.
</translation>
    </message>
</context>
<context>
    <name>SnapshotComparison</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Eingeladen am</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Alexa for Business</source>
        <translation>Alexa for Business</translation>
    </message>
    <message>
        <source>Inbound calling</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <source>Outbound calling</source>
        <translation>Ausgehende Anrufe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The snapshot database %1 is locked by another program. Close it (or the other Chime Admin) and start again; until then, only live data is shown.</source>
        <translation>Die Schnappschuss-Datenbank %1 ist von einem anderen Programm gesperrt. Schließen Sie es (oder das andere Chime Admin) und starten Sie neu; bis dahin werden nur Live-Daten gezeigt.</translation>
    </message>
    <message>
        <source>The snapshot database %1 is damaged (%2). Move it aside to keep it, or delete it, and start again: a new one is made. Until then, only live data is shown.</source>
        <translation>Die Schnappschuss-Datenbank %1 ist beschädigt (%2). Verschieben Sie sie, um sie zu behalten, oder löschen Sie sie, und starten Sie neu: eine neue wird angelegt. Bis dahin werden nur Live-Daten gezeigt.</translation>
    </message>
    <message>
        <source>The snapshot database %1 cannot be used (%2); only live data is shown.</source>
        <translation>Die Schnappschuss-Datenbank %1 kann nicht verwendet werden (%2); es werden nur Live-Daten gezeigt.</translation>
    </message>
    <message>
        <source>The snapshot database %1 was written by a newer Chime Admin (schema %2; this one knows up to %3). Use the newer program, or move the file aside to start a new one; until then, only live data is shown.</source>
        <translation>Die Schnappschuss-Datenbank %1 wurde von einem neueren Chime Admin geschrieben (Schema %2; dieses kennt bis %3). Verwenden Sie das neuere Programm oder verschieben Sie die Datei, um eine neue zu beginnen; bis dahin werden nur Live-Daten gezeigt.</translation>
    </message>
    <message>
        <source>The snapshot database is not open.</source>
        <translation>Die Schnappschuss-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The snapshot has no such listing.</source>
        <translation>Der Schnappschuss hat keine solche Auflistung.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>SnapshotNote</name>
    <message>
        <source>Shown from the snapshot of %1: %2 of %3 users confirmed by the service so far. Rows in italics are not confirmed yet and cannot be changed.</source>
        <translation>Aus dem Schnappschuss vom %1: %2 von %3 Benutzern bisher vom Dienst bestätigt. Kursive Zeilen sind noch nicht bestätigt und können nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The service no longer has %Ln user(s) of the snapshot; their rows are removed.</source>
        <translation>
            <numerusform>Der Dienst hat %Ln Benutzer des Schnappschusses nicht mehr; die Zeile ist entfernt.</numerusform>
            <numerusform>Der Dienst hat %Ln Benutzer des Schnappschusses nicht mehr; ihre Zeilen sind entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the snapshot of %1, %2 users, read-only.</source>
        <translation>Offline: der Schnappschuss vom %1, %2 Benutzer, schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>SortByMenu</name>
    <message>
        <source>&amp;Sort by</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
    <message>
        <source>Sort by %1, &amp;ascending</source>
        <translation>Nach %1 sortieren, &amp;aufsteigend</translation>
    </message>
    <message>
        <source>Sort by %1, &amp;descending</source>
        <translation>Nach %1 sortieren, a&amp;bsteigend</translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>&amp;Suspend selected users…</source>
        <translation>Ausgewählte Benutzer s&amp;perren…</translation>
    </message>
    <message>
        <source>Suspend users</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer sperren.</numerusform>
            <numerusform>%Ln Benutzer sperren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users are already suspended and are left as they are.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Benutzer ist bereits gesperrt und bleibt unverändert.</numerusform>
            <numerusform>%Ln der ausgewählten Benutzer sind bereits gesperrt und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer sperren</numerusform>
            <numerusform>%Ln Benutzer sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s) of %1?</source>
        <translation>
            <numerusform>%Ln Benutzer von %1 sperren?</numerusform>
            <numerusform>%Ln Benutzer von %1 sperren?</numerusform>
        </translation>
    </message>
    <message>
        <source>On a Team account, suspended users leave the team and go on as free users; only inviting them again brings them back. Undo cannot lift this suspension.</source>
        <translation>In einem Team-Konto verlassen gesperrte Benutzer das Team und nutzen Amazon Chime kostenlos weiter; nur eine erneute Einladung holt sie zurück. Rückgängig machen kann diese Sperre nicht aufheben.</translation>
    </message>
    <message>
        <source>Suspended users are signed out at once and cannot sign in until their suspension is lifted (Unsuspend, or Undo).</source>
        <translation>Gesperrte Benutzer werden sofort abgemeldet und können sich nicht anmelden, bis die Sperre aufgehoben wird (Entsperren oder Rückgängig machen).</translation>
    </message>
    <message>
        <source>Only %1 and %2 accounts can suspend users; %3 is an account of type %4.</source>
        <translation>Nur %1- und %2-Konten können Benutzer sperren; %3 ist ein Konto vom Typ %4.</translation>
    </message>
</context>
<context>
    <name>SuspensionAct</name>
    <message>
        <source>Only an %1 account can lift a suspension; on this account, invite the users again instead.</source>
        <translation>Nur ein %1-Konto kann eine Sperre aufheben; laden Sie die Benutzer in diesem Konto stattdessen erneut ein.</translation>
    </message>
</context>
<context>
    <name>TelephonyAct</name>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Calls in %1, out %2; SMS %3</source>
        <translation>Anrufe ein %1, aus %2; SMS %3</translation>
    </message>
</context>
<context>
    <name>TelephonyCommand</name>
    <message>
        <source>&amp;Telephony settings of selected users…</source>
        <translation>Telef&amp;onie-Einstellungen der ausgewählten Benutzer…</translation>
    </message>
    <message>
        <source>Telephony settings</source>
        <translation>Telefonie-Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>Telephony settings for the %Ln selected user(s):</source>
        <translation>
            <numerusform>Telefonie-Einstellungen für den %Ln ausgewählten Benutzer:</numerusform>
            <numerusform>Telefonie-Einstellungen für die %Ln ausgewählten Benutzer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the telephony settings these users are to have.</source>
        <translation>Wählen Sie die Telefonie-Einstellungen, die diese Benutzer haben sollen.</translation>
    </message>
    <message>
        <source>%1 of %2 users will change to: %3. %4 have these settings already.</source>
        <translation>%1 von %2 Benutzern ändern sich zu: %3. %4 haben diese Einstellungen schon.</translation>
    </message>
    <message numerus="yes">
        <source>Change telephony of %Ln user(s)</source>
        <translation>
            <numerusform>Telefonie von %Ln Benutzer ändern</numerusform>
            <numerusform>Telefonie von %Ln Benutzern ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the telephony settings of %Ln user(s) of %1 to: %2?</source>
        <translation>
            <numerusform>Die Telefonie-Einstellungen von %Ln Benutzer von %1 ändern zu: %2?</numerusform>
            <numerusform>Die Telefonie-Einstellungen von %Ln Benutzern von %1 ändern zu: %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Reading the users of the change back…</source>
        <translation>Die Benutzer der Änderung werden erneut gelesen…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Zurück auf</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Übersprungen, weil</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Left as they are:</source>
        <translation>Bleiben, wie sie sind:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the change of %1 in %2: %Ln user(s) get their previous value back.</source>
        <translation>
            <numerusform>Die Änderung vom %1 in %2 rückgängig machen: %Ln Benutzer erhält seinen vorherigen Wert zurück.</numerusform>
            <numerusform>Die Änderung vom %1 in %2 rückgängig machen: %Ln Benutzer erhalten ihren vorherigen Wert zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) changed since or could not be read and are left as they are.</source>
        <translation>
            <numerusform>%Ln Benutzer wurde seitdem geändert oder konnte nicht gelesen werden und bleibt, wie er ist.</numerusform>
            <numerusform>%Ln Benutzer wurden seitdem geändert oder konnten nicht gelesen werden und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo for %Ln user(s)</source>
        <translation>
            <numerusform>Für %Ln Benutzer rückgängig machen</numerusform>
            <numerusform>Für %Ln Benutzer rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials or the endpoint changed since this preview was read; open the undo again to check the users with the ones in use now.</source>
        <translation>Die Zugangsdaten oder der Endpunkt haben sich geändert, seit diese Vorschau gelesen wurde; öffnen Sie das Rückgängigmachen erneut, um die Benutzer mit den jetzt verwendeten zu prüfen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Undo the change of %1 to the account %2: it gets its previous value back.</source>
        <translation>Die Änderung vom %1 am Konto %2 rückgängig machen: Es erhält seinen vorherigen Wert zurück.</translation>
    </message>
    <message>
        <source>The account %1 changed since %2 or could not be read: it is left as it is.</source>
        <translation>Das Konto %1 wurde seit %2 geändert oder konnte nicht gelesen werden: Es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Users the undo changes back</source>
        <translation>Benutzer, die das Rückgängigmachen zurücksetzt</translation>
    </message>
    <message>
        <source>Users the undo leaves alone</source>
        <translation>Benutzer, die das Rückgängigmachen unverändert lässt</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <source>The journal has no record of this change.</source>
        <translation>Das Journal enthält keinen Eintrag zu dieser Änderung.</translation>
    </message>
    <message>
        <source>No change in the journal applied to any user: there is nothing to undo.</source>
        <translation>Keine Änderung im Journal wurde bei einem Benutzer übernommen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation>Diese Art von Änderung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This change was made at %1; connect to that endpoint to undo it.</source>
        <translation>Diese Änderung wurde bei %1 gemacht; verbinden Sie sich mit diesem Endpunkt, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing of this change was applied: there is nothing to undo.</source>
        <translation>Nichts von dieser Änderung wurde übernommen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Changed since: now holds %1, not %2.</source>
        <translation>Seitdem geändert: hat jetzt %1, nicht %2.</translation>
    </message>
    <message>
        <source>Changed since, by the change of %1.</source>
        <translation>Seitdem geändert, durch die Änderung vom %1.</translation>
    </message>
    <message>
        <source>What it held before the change is not known.</source>
        <translation>Was der Benutzer vor der Änderung hatte, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The account could not be read to see whether this change can be undone: %1</source>
        <translation>Das Konto konnte nicht gelesen werden, um zu sehen, ob diese Änderung rückgängig gemacht werden kann: %1</translation>
    </message>
</context>
<context>
    <name>UnreadableSummary</name>
    <message numerus="yes">
        <source>%Ln user(s) of this account could not be read and are not listed: %1</source>
        <translation>
            <numerusform>%Ln Benutzer dieses Kontos konnte nicht gelesen werden und wird nicht aufgeführt: %1</numerusform>
            <numerusform>%Ln Benutzer dieses Kontos konnten nicht gelesen werden und werden nicht aufgeführt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) could not be read and are not listed: %1</source>
        <translation>
            <numerusform>%Ln Konto konnte nicht gelesen werden und wird nicht aufgeführt: %1</numerusform>
            <numerusform>%Ln Konten konnten nicht gelesen werden und werden nicht aufgeführt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one without a readable id</source>
        <translation>einer ohne lesbare ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsuspendCommand</name>
    <message>
        <source>&amp;Unsuspend selected users…</source>
        <translation>Ausgewählte Benutzer &amp;entsperren…</translation>
    </message>
    <message>
        <source>Unsuspend users</source>
        <translation>Benutzer entsperren</translation>
    </message>
    <message>
        <source>A Team account cannot lift a suspension: invite the users again instead.</source>
        <translation>Ein Team-Konto kann keine Sperre aufheben: Laden Sie die Benutzer stattdessen erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>Lift the suspension of %Ln user(s).</source>
        <translation>
            <numerusform>Die Sperre von %Ln Benutzer aufheben.</numerusform>
            <numerusform>Die Sperre von %Ln Benutzern aufheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users are not suspended and are left as they are.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Benutzer ist nicht gesperrt und bleibt unverändert.</numerusform>
            <numerusform>%Ln der ausgewählten Benutzer sind nicht gesperrt und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer entsperren</numerusform>
            <numerusform>%Ln Benutzer entsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the suspension of %Ln user(s) of %1? They can sign in again at once.</source>
        <translation>
            <numerusform>Die Sperre von %Ln Benutzer von %1 aufheben? Er kann sich sofort wieder anmelden.</numerusform>
            <numerusform>Die Sperre von %Ln Benutzern von %1 aufheben? Sie können sich sofort wieder anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 accounts can lift a suspension; %2 is an account of type %3.</source>
        <translation>Nur %1-Konten können eine Sperre aufheben; %2 ist ein Konto vom Typ %3.</translation>
    </message>
</context>
<context>
    <name>UserChangeStateText</name>
    <message>
        <source>%1…</source>
        <extracomment>A license on its way to the service, not confirmed yet</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <extracomment>The answer to a license change was lost; the user is being read back</extracomment>
        <translation>%1 — wird geprüft…</translation>
    </message>
    <message>
        <source>! %1</source>
        <extracomment>The license the user still has after the service refused a change; &quot;!&quot; marks it</extracomment>
        <translation>! %1</translation>
    </message>
    <message>
        <source>%1 — could not be confirmed</source>
        <extracomment>The answer to a license change was lost and reading the user back failed too</extracomment>
        <translation>%1 — nicht bestätigt</translation>
    </message>
    <message>
        <source>%1, applied %2</source>
        <extracomment>The user panel&apos;s last change: what it changed (a license, &quot;suspended&quot;, …) and when</extracomment>
        <translation>%1, übernommen %2</translation>
    </message>
    <message>
        <source>%1, not applied (%2)</source>
        <extracomment>The user panel&apos;s last change: read back, the user did not take the value it was to get</extracomment>
        <translation>%1, nicht übernommen (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>The user panel&apos;s last change: the value before and the value it was to get (&quot;Pro → Basic&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Each selected user already has this: there is nothing to change.</source>
        <translation>Jeder ausgewählte Benutzer hat dies schon: Es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>UserDetailsPanel</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>User type:</source>
        <translation>Benutzertyp:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Einladung:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registriert am:</translation>
    </message>
    <message>
        <source>Invited on:</source>
        <translation>Eingeladen am:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>Alexa for Business:</source>
        <translation>Alexa for Business:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the personal PIN</source>
        <translation>Persönliche PIN anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Personal PIN:</source>
        <translation>Persönliche PIN:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, Raum %2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Telephony:</source>
        <translation>Telefonie:</translation>
    </message>
    <message>
        <source>&amp;Inbound calls</source>
        <translation>&amp;Eingehende Anrufe</translation>
    </message>
    <message>
        <source>&amp;Outbound calls</source>
        <translation>&amp;Ausgehende Anrufe</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Change telephony…</source>
        <translation>Telefonie ändern…</translation>
    </message>
    <message>
        <source>Review and apply the telephony settings ticked above</source>
        <translation>Die oben angekreuzten Telefonie-Einstellungen prüfen und anwenden</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>UserPageCodec</name>
    <message>
        <source>A page of users in the snapshot is of an unknown format.</source>
        <translation>Eine Seite mit Benutzern im Schnappschuss hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>A page of users in the snapshot is damaged.</source>
        <translation>Eine Seite mit Benutzern im Schnappschuss ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Eingeladen am</translation>
    </message>
    <message>
        <source>Waiting for an earlier change of this user to settle…</source>
        <translation>Wartet, bis eine frühere Änderung dieses Benutzers geklärt ist…</translation>
    </message>
    <message>
        <source>The answer was lost: reading the user back to learn whether it applied…</source>
        <translation>Die Antwort ging verloren: der Benutzer wird erneut gelesen, um zu erfahren, ob die Änderung übernommen wurde…</translation>
    </message>
    <message>
        <source>Enter an email address to look up.</source>
        <translation>Geben Sie eine E-Mail-Adresse zum Nachschlagen ein.</translation>
    </message>
    <message>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation>Eine E-Mail-Adresse hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (name@domain.example).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@domain.example).</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>Die Änderung wird gesendet…</translation>
    </message>
    <message>
        <source>From the snapshot of %1; not yet confirmed by the service.</source>
        <translation>Aus dem Schnappschuss vom %1; noch nicht vom Dienst bestätigt.</translation>
    </message>
    <message>
        <source>Offline: looking an email up needs the service. The search box still filters the users shown.</source>
        <translation>Offline: eine E-Mail-Adresse nachzuschlagen braucht den Dienst. Das Suchfeld filtert weiterhin die gezeigten Benutzer.</translation>
    </message>
</context>
<context>
    <name>UsersSummaryBar</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Load every remaining page of users; the search and filters then cover them all</source>
        <translation>Alle restlichen Seiten mit Benutzern laden; Suche und Filter erfassen dann alle</translation>
    </message>
    <message>
        <source>Stop loading pages; the users loaded so far stay</source>
        <translation>Das Laden der Seiten anhalten; die bisher geladenen Benutzer bleiben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation>weitere auf dem Server</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>%Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded users match</source>
        <translation>%1 von %2 geladenen Benutzern passen</translation>
    </message>
    <message>
        <source>“%1” in name or email</source>
        <translation>„%1“ in Name oder E-Mail</translation>
    </message>
    <message>
        <source>license %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <source>user type %1</source>
        <translation>Benutzertyp %1</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>Registrierung %1</translation>
    </message>
    <message>
        <source>No users loaded yet</source>
        <translation>Noch keine Benutzer geladen</translation>
    </message>
    <message>
        <source>None of the %1 loaded users has %2</source>
        <translation>Keiner der %1 geladenen Benutzer hat %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln s for the next page</source>
        <translation>
            <numerusform>seit %Ln s wird auf die nächste Seite gewartet</numerusform>
            <numerusform>seit %Ln s wird auf die nächste Seite gewartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln user(s) with “%2” in name or email left out by the other filters</source>
        <translation>
            <numerusform>%1; %Ln Benutzer mit „%2“ in Name oder E-Mail durch die anderen Filter ausgeblendet</numerusform>
            <numerusform>%1; %Ln Benutzer mit „%2“ in Name oder E-Mail durch die anderen Filter ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersViewControls</name>
    <message>
        <source>This account does not offer the license %1; every license is shown.</source>
        <translation>Dieses Konto bietet die Lizenz %1 nicht an; alle Lizenzen werden gezeigt.</translation>
    </message>
    <message>
        <source>The columns of the view could not be read; they are left as they are.</source>
        <translation>Die Spalten der Ansicht konnten nicht gelesen werden; sie bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>WrittenFileNote</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chime Admin</source>
        <translation>Chime Admin</translation>
    </message>
</context>
</TS>
