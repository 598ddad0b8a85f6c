<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>There are no more unread articles.</source>
        <translation>Es gibt keine ungelesenen Artikel mehr.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Unread, starred</source>
        <translation>Ungelesen, markiert</translation>
    </message>
    <message>
        <source>Unread, not starred</source>
        <translation>Ungelesen, nicht markiert</translation>
    </message>
    <message>
        <source>Unread articles</source>
        <translation>Ungelesene Artikel</translation>
    </message>
    <message>
        <source>Section or feed</source>
        <translation>Rubrik oder Feed</translation>
    </message>
    <message>
        <source>{title}, {feed}, {date}</source>
        <translation>{title}, {feed}, {date}</translation>
    </message>
    <message>
        <source>Read, starred</source>
        <translation>Gelesen, markiert</translation>
    </message>
    <message>
        <source>Read, not starred</source>
        <translation>Gelesen, nicht markiert</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %n unread</source>
        <translation>
            <numerusform>{name}, %n ungelesen</numerusform>
            <numerusform>{name}, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, {feed}</source>
        <translation>{title}, {feed}</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %n articles</source>
        <translation>
            <numerusform>{name}, %n Artikel</numerusform>
            <numerusform>{name}, %n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 – angemeldet</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 – angemeldet als %2</translation>
    </message>
    <message>
        <source>Added “%1”: %2. Its feeds and articles arrive with the first sync.</source>
        <translation>„%1“ hinzugefügt: %2. Seine Feeds und Artikel kommen mit dem ersten Abgleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this account&apos;s %1 and their articles on this computer? Nothing is changed on the server either way.</source>
        <translation>Die %1 dieses Kontos und ihre Artikel auf diesem Computer behalten? Auf dem Server ändert sich in keinem Fall etwas.</translation>
    </message>
    <message>
        <source>Sync your subscriptions, read articles and stars with a server you already use on your other devices. Passwords and API keys are kept in your keyring, never in the library.</source>
        <translation>Gleichen Sie Ihre Abonnements, gelesenen Artikel und Markierungen mit einem Server ab, den Sie schon auf Ihren anderen Geräten nutzen. Passwörter und API-Schlüssel liegen in Ihrem Schlüsselbund, nie in der Bibliothek.</translation>
    </message>
    <message>
        <source>No sync accounts yet. Choose Add Account… to connect one.</source>
        <translation>Noch keine Abgleichkonten. Wählen Sie „Konto hinzufügen …“, um eines zu verbinden.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Add a sync account</source>
        <translation>Ein Abgleichkonto hinzufügen</translation>
    </message>
    <message>
        <source>The server&apos;s name</source>
        <translation>Der Name des Servers</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Add This Account</source>
        <translation>Dieses Konto hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1 an …</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Das Konto wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>API key or password:</source>
        <translation>API-Schlüssel oder Passwort:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Leave empty with an API key</source>
        <translation>Bei einem API-Schlüssel leer lassen</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Ihr Benutzername</translation>
    </message>
    <message>
        <source>Test the connection again after a change.</source>
        <translation>Testen Sie die Verbindung nach einer Änderung erneut.</translation>
    </message>
    <message>
        <source>No keyring is available, so its secret is kept only until Newsreader closes.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; das Geheimnis wird daher nur aufbewahrt, bis Newsreader beendet wird.</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Abgleich mit %1 …</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remove Them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed “%1”; its %2 stay here as local subscriptions.</source>
        <translation>„%1“ entfernt; seine %2 bleiben hier als lokale Abonnements.</translation>
    </message>
    <message>
        <source>Removed “%1” with its %2 and their articles.</source>
        <translation>„%1“ mit seinen %2 und deren Artikeln entfernt.</translation>
    </message>
    <message>
        <source>Up to date (server version %1)</source>
        <translation>Aktuell (Serverversion %1)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Could not sync with %1: %2</source>
        <translation>Abgleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Mit %1 abgeglichen.</translation>
    </message>
    <message>
        <source>(API key)</source>
        <translation>(API-Schlüssel)</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>No keyring is available on this system: a password is kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Ein Passwort bleibt nur für diese Sitzung im Speicher und muss nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Top level (or type World/Asia)</source>
        <translation>Oberste Ebene (oder z. B. Welt/Asien eingeben)</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a web page</source>
        <translation>https://example.org/feed.xml oder eine Webseite</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Feed or web page &amp;address:</source>
        <translation>&amp;Adresse des Feeds oder der Webseite:</translation>
    </message>
    <message>
        <source>Feeds &amp;found on the page:</source>
        <translation>Auf der Seite &amp;gefundene Feeds:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>only for password-protected feeds</source>
        <translation>nur für passwortgeschützte Feeds</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Subscribe &amp;in:</source>
        <translation>Abonnieren &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>That is not a feed address: {reason}</source>
        <translation>Das ist keine Feed-Adresse: {reason}</translation>
    </message>
    <message>
        <source>Enter the password for this user name, or clear the user name.</source>
        <translation>Geben Sie das Passwort für diesen Benutzernamen ein oder löschen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>You are already subscribed to this feed, as “{title}”.</source>
        <translation>Sie haben diesen Feed bereits abonniert, als „{title}“.</translation>
    </message>
    <message>
        <source>Looking at {url}…</source>
        <translation>{url} wird angesehen …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Subscribe to a local address?</source>
        <translation>Eine lokale Adresse abonnieren?</translation>
    </message>
    <message>
        <source>{url} is on a private network ({address}), such as your home or office network. Newsreader reads from there only when you say so.

Look at this address anyway?</source>
        <translation>{url} liegt in einem privaten Netz ({address}), etwa Ihrem Heim- oder Büronetz. Newsreader liest von dort nur, wenn Sie es erlauben.

Diese Adresse trotzdem ansehen?</translation>
    </message>
    <message>
        <source>Not subscribed: {url} is on a private network.</source>
        <translation>Nicht abonniert: {url} liegt in einem privaten Netz.</translation>
    </message>
    <message numerus="yes">
        <source>This is a web page; it links to %n feeds. Choose one to see its latest items.</source>
        <translation>
            <numerusform>Das ist eine Webseite; sie verweist auf %n Feed. Wählen Sie ihn, um seine neuesten Einträge zu sehen.</numerusform>
            <numerusform>Das ist eine Webseite; sie verweist auf %n Feeds. Wählen Sie einen, um seine neuesten Einträge zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a web page; it links to one feed. Choose it to see its latest items.</source>
        <translation>Das ist eine Webseite; sie verweist auf einen Feed. Wählen Sie ihn, um seine neuesten Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Reading {url}…</source>
        <translation>{url} wird gelesen …</translation>
    </message>
    <message>
        <source>(no items yet)</source>
        <translation>(noch keine Einträge)</translation>
    </message>
    <message>
        <source>Check the preview, then press Subscribe.</source>
        <translation>Prüfen Sie die Vorschau und klicken Sie dann auf „Abonnieren“.</translation>
    </message>
    <message>
        <source>Find a feed first.</source>
        <translation>Suchen Sie zuerst einen Feed.</translation>
    </message>
    <message>
        <source>A feed in a sync account is fetched by its server: clear the user name and password, or subscribe on this computer.</source>
        <translation>Einen Feed in einem Abgleichkonto ruft dessen Server ab: Löschen Sie Benutzername und Passwort oder abonnieren Sie auf diesem Computer.</translation>
    </message>
    <message>
        <source>Subscribing in %1…</source>
        <translation>Abonnieren in %1 …</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Wird abonniert …</translation>
    </message>
</context>
<context>
    <name>ArticleChanges</name>
    <message>
        <source>Added text is underlined, removed text is struck through.</source>
        <translation>Hinzugefügter Text ist unterstrichen, entfernter durchgestrichen.</translation>
    </message>
    <message>
        <source>Hide changes</source>
        <translation>Änderungen ausblenden</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Aktualisiert {when}</translation>
    </message>
    <message>
        <source>Changed {when}</source>
        <translation>Geändert {when}</translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation>Der Text hat sich nicht geändert.</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Image could not be downloaded</source>
        <translation>Bild konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>try again</source>
        <translation>erneut versuchen</translation>
    </message>
    <message>
        <source>Image not downloaded</source>
        <translation>Bild nicht geladen</translation>
    </message>
    <message>
        <source>load image</source>
        <translation>Bild laden</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>show the feed’s summary</source>
        <translation>Zusammenfassung des Feeds zeigen</translation>
    </message>
    <message>
        <source>From the web page</source>
        <translation>Von der Webseite</translation>
    </message>
    <message>
        <source>The feed’s summary</source>
        <translation>Zusammenfassung des Feeds</translation>
    </message>
    <message>
        <source>show the full text from the web page</source>
        <translation>vollständigen Text der Webseite zeigen</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not starred (press S to star)</source>
        <translation>Nicht markiert (S zum Markieren drücken)</translation>
    </message>
</context>
<context>
    <name>ArticleTags</name>
    <message>
        <source>Show the articles with this tag</source>
        <translation>Die Artikel mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Give this article a tag (T)</source>
        <translation>Diesem Artikel ein Schlagwort geben (T)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>A private note on this article</source>
        <translation>Eine private Notiz zu diesem Artikel</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>Das Schlagwort „{name}“ entfernen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditFeedDialog</name>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>unchanged (stored in the keyring)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The server refused the stored password ({reason}); polling is paused until you enter the right one.</source>
        <translation>Der Server hat das gespeicherte Passwort abgelehnt ({reason}); der Feed wird erst wieder abgerufen, wenn Sie das richtige eingeben.</translation>
    </message>
    <message>
        <source>Enter the password for the new user name.</source>
        <translation>Geben Sie das Passwort für den neuen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Das Passwort wird geprüft …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>You have no feeds yet</source>
        <translation>Sie haben noch keine Feeds</translation>
    </message>
    <message>
        <source>Newsreader keeps every article of the feeds you follow, so you can read them later, even offline. Start with one of these:</source>
        <translation>Newsreader bewahrt jeden Artikel der Feeds auf, denen Sie folgen, damit Sie ihn später lesen können, auch offline. Beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
    <message>
        <source>&amp;Subscribe to the Starter Feeds</source>
        <translation>Die &amp;Start-Feeds abonnieren</translation>
    </message>
    <message>
        <source>A starter set of news feeds (BBC, NPR, Deutsche Welle, Al Jazeera, The Guardian, Ars Technica, NASA, ESPN) in the sections World, Business, Technology, Science and Sport. You can remove any of them later.</source>
        <translation>Eine Auswahl an Nachrichten-Feeds (BBC, NPR, Deutsche Welle, Al Jazeera, The Guardian, Ars Technica, NASA, ESPN) in den Rubriken Welt, Wirtschaft, Technik, Wissenschaft und Sport. Sie können jeden davon später wieder entfernen.</translation>
    </message>
    <message>
        <source>&amp;Add a Feed or Web Page…</source>
        <translation>Einen Feed oder eine &amp;Webseite hinzufügen …</translation>
    </message>
    <message>
        <source>Type the address of a feed, or of a web page that links to one.</source>
        <translation>Geben Sie die Adresse eines Feeds ein oder die einer Webseite, die auf einen verweist.</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren …</translation>
    </message>
    <message>
        <source>Bring your subscriptions from another reader, in an OPML file.</source>
        <translation>Übernehmen Sie Ihre Abonnements aus einem anderen Reader, als OPML-Datei.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>Starter feeds: {summary}</source>
        <translation>Start-Feeds: {summary}</translation>
    </message>
    <message>
        <source>OPML import: {summary}</source>
        <translation>OPML-Import: {summary}</translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation>die Start-Feeds</translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation>Die Start-Feeds werden abonniert …</translation>
    </message>
    <message>
        <source>Subscribed to “{title}”.</source>
        <translation>„{title}“ abonniert.</translation>
    </message>
    <message>
        <source>Nothing was imported from {what}: {message}</source>
        <translation>Aus {what} wurde nichts importiert: {message}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>EnclosuresView</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Das Herunterladen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the file is on a local address.</source>
        <translation>Abgelehnt: Die Datei liegt an einer lokalen Adresse.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Larger than the download limit of %1 MB; nothing was saved.</source>
        <translation>Größer als die Download-Grenze von %1 MB; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>angehalten bei %1</translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>Posts irregularly</source>
        <translation>Veröffentlicht unregelmäßig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The last refresh worked.</source>
        <translation>Die letzte Aktualisierung hat geklappt.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts about every hour</source>
        <translation>Veröffentlicht etwa stündlich</translation>
    </message>
    <message numerus="yes">
        <source>Posts about %n times a day</source>
        <translation>
            <numerusform>Veröffentlicht etwa %n-mal am Tag</numerusform>
            <numerusform>Veröffentlicht etwa %n-mal am Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts a few times a week</source>
        <translation>Veröffentlicht einige Male pro Woche</translation>
    </message>
    <message>
        <source>Not enough posts yet to learn when this feed posts</source>
        <translation>Noch zu wenige Artikel, um zu lernen, wann dieser Feed veröffentlicht</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n time(s))</source>
        <translation>
            <numerusform>Fehlerhaft (%n-mal)</numerusform>
            <numerusform>Fehlerhaft (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the user name or password; polling is paused. Edit the feed to fix them.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt; das Abrufen ist angehalten. Bearbeiten Sie den Feed, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>The server says this feed is gone (HTTP 410); it is no longer refreshed.</source>
        <translation>Laut Server gibt es diesen Feed nicht mehr (HTTP 410); er wird nicht mehr aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n refresh(es) did not work; it is tried again, less often each time.</source>
        <translation>
            <numerusform>Zuletzt hat %n Aktualisierung nicht geklappt; es wird erneut versucht, jedes Mal seltener.</numerusform>
            <numerusform>Zuletzt haben %n Aktualisierungen in Folge nicht geklappt; es wird erneut versucht, jedes Mal seltener.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not read for %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag nicht gelesen</numerusform>
            <numerusform>Seit %n Tagen nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>Posts about once a week</source>
        <translation>Veröffentlicht etwa einmal pro Woche</translation>
    </message>
    <message>
        <source>Never read</source>
        <translation>Nie gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Feeds you have not read for %n day(s): you may want to unsubscribe</source>
        <translation>
            <numerusform>Feeds, die Sie seit %n Tag nicht gelesen haben: Vielleicht möchten Sie sie abbestellen</numerusform>
            <numerusform>Feeds, die Sie seit %n Tagen nicht gelesen haben: Vielleicht möchten Sie sie abbestellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the last twelve weeks</source>
        <translation>
            <numerusform>%n Artikel in den letzten zwölf Wochen</numerusform>
            <numerusform>%n Artikel in den letzten zwölf Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest article is %n day(s) old</source>
        <translation>
            <numerusform>Der neueste Artikel ist %n Tag alt</numerusform>
            <numerusform>Der neueste Artikel ist %n Tage alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) counted</source>
        <translation>
            <numerusform>%n Lesevorgang gezählt</numerusform>
            <numerusform>%n Lesevorgänge gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned from the publish times of the feed&apos;s recent articles</source>
        <translation>Gelernt aus den Veröffentlichungszeiten der letzten Artikel des Feeds</translation>
    </message>
    <message numerus="yes">
        <source>You have not read this feed in %n day(s); unsubscribe if you no longer want it.</source>
        <translation>
            <numerusform>Sie haben diesen Feed seit %n Tag nicht gelesen; bestellen Sie ihn ab, wenn Sie ihn nicht mehr möchten.</numerusform>
            <numerusform>Sie haben diesen Feed seit %n Tagen nicht gelesen; bestellen Sie ihn ab, wenn Sie ihn nicht mehr möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually posts on weekdays between {start} and {end}</source>
        <translation>Veröffentlicht meist werktags zwischen {start} und {end}</translation>
    </message>
    <message>
        <source>Usually posts every day between {start} and {end}</source>
        <translation>Veröffentlicht meist täglich zwischen {start} und {end}</translation>
    </message>
    <message numerus="yes">
        <source>Average number of new articles a week over the last %n week(s)</source>
        <translation>
            <numerusform>Durchschnittliche Zahl neuer Artikel pro Woche, gemessen über %n Woche</numerusform>
            <numerusform>Durchschnittliche Zahl neuer Artikel pro Woche über die letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Posted today</source>
        <translation>Heute etwas veröffentlicht</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message numerus="yes">
        <source>You have not read this feed since you subscribed %n day(s) ago; unsubscribe if you no longer want it.</source>
        <translation>
            <numerusform>Sie haben diesen Feed nicht gelesen, seit Sie ihn vor %n Tag abonniert haben; bestellen Sie ihn ab, wenn Sie ihn nicht mehr möchten.</numerusform>
            <numerusform>Sie haben diesen Feed nicht gelesen, seit Sie ihn vor %n Tagen abonniert haben; bestellen Sie ihn ab, wenn Sie ihn nicht mehr möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usually posts every day around {start}</source>
        <translation>Veröffentlicht meist täglich gegen {start}</translation>
    </message>
    <message>
        <source>{read} of {stored} stored articles read</source>
        <translation>{read} von {stored} gespeicherten Artikeln gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) now…</source>
        <translation>
            <numerusform>%n Feed wird jetzt abgerufen …</numerusform>
            <numerusform>%n Feeds werden jetzt abgerufen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) cannot be refreshed; select one and press Retry, or Edit its address.</source>
        <translation>
            <numerusform>%n Feed lässt sich nicht aktualisieren; wählen Sie ihn aus und drücken Sie „Erneut versuchen“, oder ändern Sie mit „Bearbeiten“ seine Adresse.</numerusform>
            <numerusform>%n Feeds lassen sich nicht aktualisieren; wählen Sie einen aus und drücken Sie „Erneut versuchen“, oder ändern Sie mit „Bearbeiten“ seine Adresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n feed(s) were refreshed without errors.</source>
        <translation>
            <numerusform>%n Feed wurde fehlerfrei aktualisiert.</numerusform>
            <numerusform>Alle %n Feeds wurden fehlerfrei aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not read %n of these feeds in {days} days; the Suggestion column marks them.</source>
        <translation>
            <numerusform>Sie haben %n dieser Feeds seit {days} Tagen nicht gelesen; die Spalte „Vorschlag“ kennzeichnet ihn.</numerusform>
            <numerusform>Sie haben %n dieser Feeds seit {days} Tagen nicht gelesen; die Spalte „Vorschlag“ kennzeichnet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &amp;Health…</source>
        <translation>Zustand der &amp;Feeds …</translation>
    </message>
    <message>
        <source>Every feed&apos;s status, how often it posts and how much of it you read</source>
        <translation>Der Zustand jedes Feeds, wie oft er veröffentlicht und wie viel Sie davon lesen</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>The feed&apos;s name</source>
        <translation>Der Name des Feeds</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>The section the feed is in</source>
        <translation>Die Rubrik, in der der Feed liegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whether the last refresh of the feed worked</source>
        <translation>Ob die letzte Aktualisierung des Feeds geklappt hat</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Zuletzt erfolgreich</translation>
    </message>
    <message>
        <source>When the feed was last fetched without an error</source>
        <translation>Wann der Feed zuletzt fehlerfrei abgerufen wurde</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>What went wrong the last time the feed failed</source>
        <translation>Was beim letzten Fehlschlag des Feeds schiefging</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>When the feed will be fetched next</source>
        <translation>Wann der Feed das nächste Mal abgerufen wird</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Average number of new articles a week over the last twelve weeks</source>
        <translation>Durchschnittliche Zahl neuer Artikel pro Woche über die letzten zwölf Wochen</translation>
    </message>
    <message>
        <source>Not updated for</source>
        <translation>Nichts Neues seit</translation>
    </message>
    <message>
        <source>Days since the feed&apos;s newest article</source>
        <translation>Tage seit dem neuesten Artikel des Feeds</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Share of the feed&apos;s stored articles you have read</source>
        <translation>Anteil der gespeicherten Artikel des Feeds, die Sie gelesen haben</translation>
    </message>
    <message>
        <source>Time reading</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Time the feed&apos;s articles were on screen while you read them</source>
        <translation>Wie lange die Artikel des Feeds beim Lesen auf dem Bildschirm waren</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>When you last read an article of the feed</source>
        <translation>Wann Sie zuletzt einen Artikel des Feeds gelesen haben</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>When the feed usually posts, learned from its recent articles</source>
        <translation>Wann der Feed meist veröffentlicht, gelernt aus seinen letzten Artikeln</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Feeds you have not read for 60 days: you may want to unsubscribe</source>
        <translation>Feeds, die Sie seit 60 Tagen nicht gelesen haben: Vielleicht möchten Sie sie abbestellen</translation>
    </message>
</context>
<context>
    <name>FeedTree</name>
    <message>
        <source>[password needed]</source>
        <translation>[Passwort nötig]</translation>
    </message>
    <message>
        <source>[gone]</source>
        <translation>[entfernt]</translation>
    </message>
    <message>
        <source>[failing]</source>
        <translation>[fehlerhaft]</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Abonnementlisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Keep starred articles</source>
        <translation>Markierte Artikel behalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Subscribed to “{title}”.</source>
        <translation>„{title}“ abonniert.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}” and delete its %n stored article(s)?</source>
        <translation>
            <numerusform>„{title}“ abbestellen und seinen %n gespeicherten Artikel löschen?</numerusform>
            <numerusform>„{title}“ abbestellen und seine %n gespeicherten Artikel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe from “{title}”? It has no stored articles.</source>
        <translation>„{title}“ abbestellen? Er hat keine gespeicherten Artikel.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}”? %n of its {stored} stored articles are starred.

Keep the starred articles (they stay in Starred, All articles and search), or delete every article of the feed?</source>
        <translation>
            <numerusform>„{title}“ abbestellen? %n seiner {stored} gespeicherten Artikel ist markiert.

Die markierten Artikel behalten (sie bleiben unter „Markiert“, „Alle Artikel“ und in der Suche) oder jeden Artikel des Feeds löschen?</numerusform>
            <numerusform>„{title}“ abbestellen? %n seiner {stored} gespeicherten Artikel sind markiert.

Die markierten Artikel behalten (sie bleiben unter „Markiert“, „Alle Artikel“ und in der Suche) oder jeden Artikel des Feeds löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept “{title}”.</source>
        <translation>„{title}“ behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “{title}”; kept its %n starred article(s).</source>
        <translation>
            <numerusform>„{title}“ abbestellt; sein markierter Artikel wurde behalten.</numerusform>
            <numerusform>„{title}“ abbestellt; seine %n markierten Artikel wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{title}” and its articles.</source>
        <translation>„{title}“ und seine Artikel entfernt.</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <source>OPML import</source>
        <translation>OPML-Import</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to {name}.</source>
        <translation>
            <numerusform>%n Feed nach {name} exportiert.</numerusform>
            <numerusform>%n Feeds nach {name} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
    <message>
        <source>paused: the server refused the user name or password — edit the feed to fix it</source>
        <translation>angehalten: Der Server hat Benutzername oder Passwort abgelehnt – bearbeiten Sie den Feed, um das zu beheben</translation>
    </message>
    <message>
        <source>failing: the last refresh did not work; it will be tried again later</source>
        <translation>fehlerhaft: Die letzte Aktualisierung hat nicht geklappt; sie wird später erneut versucht</translation>
    </message>
    <message>
        <source>active · with user name and password</source>
        <translation>aktiv · mit Benutzername und Passwort</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Imported ({count}):</source>
        <translation>Importiert ({count}):</translation>
    </message>
    <message>
        <source>Already subscribed ({count}):</source>
        <translation>Bereits abonniert ({count}):</translation>
    </message>
    <message>
        <source>Could not be imported ({count}):</source>
        <translation>Nicht importierbar ({count}):</translation>
    </message>
    <message numerus="yes">
        <source>failing: the last %n refreshes did not work; it will be tried again, less often each time</source>
        <translation>
            <numerusform>fehlerhaft: Die letzte Aktualisierung hat nicht geklappt; sie wird später erneut versucht</numerusform>
            <numerusform>fehlerhaft: Die letzten %n Aktualisierungen haben nicht geklappt; es wird erneut versucht, jedes Mal seltener</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <source>Feed Health</source>
        <translation>Zustand der Feeds</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>Die Feeds werden gelesen …</translation>
    </message>
    <message>
        <source>Feed health</source>
        <translation>Zustand der Feeds</translation>
    </message>
    <message>
        <source>Every feed&apos;s status and reading figures. Sort by a column header.</source>
        <translation>Zustand und Lesezahlen jedes Feeds. Sortieren Sie über einen Spaltenkopf.</translation>
    </message>
    <message>
        <source>Only feeds that need &amp;attention</source>
        <translation>&amp;Nur Feeds, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Show only feeds that cannot be refreshed or that you have not read lately</source>
        <translation>Nur Feeds zeigen, die sich nicht aktualisieren lassen oder die Sie länger nicht gelesen haben</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Fetch the selected feeds now</source>
        <translation>Die ausgewählten Feeds jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the feed&apos;s name, section, address or login</source>
        <translation>Name, Rubrik, Adresse oder Anmeldung des Feeds ändern</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abbestellen …</translation>
    </message>
    <message>
        <source>Remove the feed (you are asked first)</source>
        <translation>Den Feed entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The feeds&apos; figures could not be read: {error}</source>
        <translation>Die Zahlen der Feeds konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No feeds yet.</source>
        <translation>Noch keine Feeds.</translation>
    </message>
</context>
<context>
    <name>LibraryCare</name>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>Part of your library file is damaged. Newsreader can put back the backup from {when}, or copy everything still readable into a new library. Either way the damaged file is kept, renamed, and the window opens again.</source>
        <translation>Ein Teil Ihrer Bibliotheksdatei ist beschädigt. Newsreader kann die Sicherung vom {when} zurückspielen oder alles noch Lesbare in eine neue Bibliothek kopieren. In beiden Fällen wird die beschädigte Datei umbenannt aufbewahrt, und das Fenster öffnet sich wieder.</translation>
    </message>
    <message>
        <source>Part of your library file is damaged, and there is no backup yet. Newsreader can copy everything still readable into a new library. The damaged file is kept, renamed, and the window opens again.</source>
        <translation>Ein Teil Ihrer Bibliotheksdatei ist beschädigt, und es gibt noch keine Sicherung. Newsreader kann alles noch Lesbare in eine neue Bibliothek kopieren. Die beschädigte Datei wird umbenannt aufbewahrt, und das Fenster öffnet sich wieder.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Retten</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>The backup {backup} was restored; the damaged library was kept as {damaged}.</source>
        <translation>Die Sicherung {backup} wurde zurückgespielt; die beschädigte Bibliothek wurde als {damaged} aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, an unknown number lost; the damaged library was kept as {damaged}.</source>
        <translation>
            <numerusform>Die Bibliothek wurde gerettet: %n Artikel erhalten, eine unbekannte Zahl verloren; die beschädigte Bibliothek wurde als {damaged} aufbewahrt.</numerusform>
            <numerusform>Die Bibliothek wurde gerettet: %n Artikel erhalten, eine unbekannte Zahl verloren; die beschädigte Bibliothek wurde als {damaged} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, {lost} lost; the damaged library was kept as {damaged}.</source>
        <translation>
            <numerusform>Die Bibliothek wurde gerettet: %n Artikel erhalten, {lost} verloren; die beschädigte Bibliothek wurde als {damaged} aufbewahrt.</numerusform>
            <numerusform>Die Bibliothek wurde gerettet: %n Artikel erhalten, {lost} verloren; die beschädigte Bibliothek wurde als {damaged} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation>Bibliothek &amp;prüfen …</translation>
    </message>
    <message>
        <source>Check the library file for damage</source>
        <translation>Die Bibliotheksdatei auf Schäden prüfen</translation>
    </message>
    <message>
        <source>The library passed SQLite&apos;s full check.</source>
        <translation>Die Bibliothek hat die vollständige Prüfung von SQLite bestanden.</translation>
    </message>
    <message>
        <source>Library checked</source>
        <translation>Bibliothek geprüft</translation>
    </message>
    <message>
        <source>The library passed SQLite&apos;s full check; nothing needs repair.</source>
        <translation>Die Bibliothek hat die vollständige Prüfung von SQLite bestanden; es muss nichts repariert werden.</translation>
    </message>
    <message>
        <source>The library is damaged.</source>
        <translation>Die Bibliothek ist beschädigt.</translation>
    </message>
    <message>
        <source>The library could not be checked: {error}</source>
        <translation>Die Bibliothek konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Die Bibliothek wird geprüft …</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put these articles back to unread (Ctrl+Z)</source>
        <translation>Diese Artikel wieder als ungelesen markieren (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy Links</source>
        <translation>Links kopieren</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Marked one article as read.</source>
        <translation>Ein Artikel als gelesen markiert.</translation>
    </message>
    <message>
        <source>Marked {count} articles as read.</source>
        <translation>{count} Artikel als gelesen markiert.</translation>
    </message>
    <message>
        <source>One article is unread again.</source>
        <translation>Ein Artikel ist wieder ungelesen.</translation>
    </message>
    <message>
        <source>{count} articles are unread again.</source>
        <translation>{count} Artikel sind wieder ungelesen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark Above as Read</source>
        <translation>Alle darüber als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark Below as Read</source>
        <translation>Alle darunter als gelesen markieren</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Undo Mark Above as Read</source>
        <translation>„Alle darüber als gelesen markieren“ rückgängig machen</translation>
    </message>
    <message>
        <source>Those articles are already read.</source>
        <translation>Diese Artikel sind schon gelesen.</translation>
    </message>
    <message>
        <source>The article&apos;s link is on the clipboard.</source>
        <translation>Der Link des Artikels ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>{count} links are on the clipboard.</source>
        <translation>{count} Links sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The article&apos;s feed is no longer in the list of feeds.</source>
        <translation>Der Feed des Artikels ist nicht mehr in der Liste der Feeds.</translation>
    </message>
    <message>
        <source>The article is not in its feed&apos;s list (Unread only may hide it).</source>
        <translation>Der Artikel steht nicht in der Liste seines Feeds („Nur ungelesene“ blendet ihn vielleicht aus).</translation>
    </message>
    <message>
        <source>About Newsreader</source>
        <translation>Über Newsreader</translation>
    </message>
    <message>
        <source>Newsreader follows your news feeds and keeps every article on this computer, so you can read them offline. Its Most popular lists come from what you yourself read.</source>
        <translation>Newsreader folgt Ihren Nachrichten-Feeds und bewahrt jeden Artikel auf diesem Computer auf, damit Sie ihn offline lesen können. Seine Listen „Am beliebtesten“ ergeben sich aus dem, was Sie selbst lesen.</translation>
    </message>
    <message>
        <source>Going to the end of the list…</source>
        <translation>Zum Ende der Liste …</translation>
    </message>
    <message>
        <source>Undo Mark Below as Read</source>
        <translation>„Alle darunter als gelesen markieren“ rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Mark All as Read</source>
        <translation>„Alle als gelesen markieren“ rückgängig machen</translation>
    </message>
    <message>
        <source>The change could not be saved: {error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>No web browser could be opened for {url}. Use Copy Link in the article list&apos;s menu and paste it into your browser.</source>
        <translation>Für {url} ließ sich kein Webbrowser öffnen. Nutzen Sie „Link kopieren“ im Menü der Artikelliste und fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
    <message>
        <source>{count} articles selected</source>
        <translation>{count} Artikel ausgewählt</translation>
    </message>
    <message>
        <source>Show in {feed}</source>
        <translation>In {feed} zeigen</translation>
    </message>
    <message>
        <source>Newsreader {version}</source>
        <translation>Newsreader {version}</translation>
    </message>
    <message>
        <source>Every article in {name} was already read.</source>
        <translation>Jeder Artikel in {name} war schon gelesen.</translation>
    </message>
    <message>
        <source>Unread articles in {name}</source>
        <translation>Ungelesene Artikel in {name}</translation>
    </message>
</context>
<context>
    <name>ListLayout</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>List &amp;Above the Article</source>
        <translation>Liste &amp;über dem Artikel</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show &amp;Hidden Articles</source>
        <translation>Ausgeblendete Artikel &amp;zeigen</translation>
    </message>
    <message>
        <source>Could not keep the layout choice: {error}</source>
        <translation>Die gewählte Anordnung ließ sich nicht speichern: {error}</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>Feed &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page (Ctrl+N)</source>
        <translation>Einen Feed oder eine Webseite abonnieren (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren …</translation>
    </message>
    <message>
        <source>{name}: select an article to read it.</source>
        <translation>{name}: Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found for “{query}”</source>
        <translation>
            <numerusform>%n Artikel zu „{query}“ gefunden</numerusform>
            <numerusform>%n Artikel zu „{query}“ gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Nichts zu „{query}“ gefunden</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Newsreader</source>
        <translation>Newsreader</translation>
    </message>
    <message>
        <source>Sections and feeds</source>
        <translation>Rubriken und Feeds</translation>
    </message>
    <message>
        <source>Your sections and feeds. The Menu key or Shift+F10 shows the actions for the selected one.</source>
        <translation>Ihre Rubriken und Feeds. Die Menütaste oder Umschalt+F10 zeigt die Aktionen für den ausgewählten Eintrag.</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Artikel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The articles of the selected section or feed. Return opens one; the Menu key or Shift+F10 shows its actions.</source>
        <translation>Die Artikel der ausgewählten Rubrik oder des ausgewählten Feeds. Die Eingabetaste öffnet einen; die Menütaste oder Umschalt+F10 zeigt seine Aktionen.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The article you are reading.</source>
        <translation>Der Artikel, den Sie lesen.</translation>
    </message>
    <message>
        <source>Refreshing %v of %m</source>
        <translation>Aktualisiere %v von %m</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every feed now (F5)</source>
        <translation>Jetzt jeden Feed abrufen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark every article of the selected section or feed as read</source>
        <translation>Jeden Artikel der ausgewählten Rubrik oder des ausgewählten Feeds als gelesen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation>Nur ungelesene Artikel zeigen</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next &amp;unread</source>
        <translation>Nächster &amp;ungelesener</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Gelesen &amp;umschalten</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Star or unstar the article (S)</source>
        <translation>Den Artikel markieren oder die Markierung entfernen (S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the original page in the web browser (O)</source>
        <translation>Die Originalseite im Webbrowser öffnen (O)</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters auflisten</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Newsreader</source>
        <translation>&amp;Über Newsreader</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n new articles in {place}</source>
        <translation>
            <numerusform>%n neuer Artikel in {place}</numerusform>
            <numerusform>%n neue Artikel in {place}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more feeds</source>
        <translation>
            <numerusform>und %n weiterer Feed</numerusform>
            <numerusform>und %n weitere Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles in {sections} sections</source>
        <translation>
            <numerusform>%n neuer Artikel in {sections} Rubriken</numerusform>
            <numerusform>%n neue Artikel in {sections} Rubriken</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}: {count}</source>
        <translation>{feed}: {count}</translation>
    </message>
</context>
<context>
    <name>OfflineMode</name>
    <message>
        <source>You are offline. Every cached article can still be read; Newsreader will try again by itself.</source>
        <translation>Sie sind offline. Jeder gespeicherte Artikel bleibt lesbar; Newsreader versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Working offline: feeds are not refreshed until you turn off View › Work offline.</source>
        <translation>Offline-Betrieb: Feeds werden nicht aktualisiert, bis Sie „Ansicht › Offline arbeiten“ ausschalten.</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Pause refreshing; cached articles stay readable</source>
        <translation>Aktualisieren anhalten; gespeicherte Artikel bleiben lesbar</translation>
    </message>
    <message>
        <source>Offline: the feeds could not be reached.</source>
        <translation>Offline: Die Feeds waren nicht erreichbar.</translation>
    </message>
    <message>
        <source>Back online: feeds refreshed.</source>
        <translation>Wieder online: Feeds aktualisiert.</translation>
    </message>
    <message>
        <source>Working offline.</source>
        <translation>Offline-Betrieb.</translation>
    </message>
    <message>
        <source>Working online again.</source>
        <translation>Wieder online.</translation>
    </message>
</context>
<context>
    <name>OrganiseActions</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Choose a tag to see its articles.</source>
        <translation>Wählen Sie ein Schlagwort, um seine Artikel zu sehen.</translation>
    </message>
    <message>
        <source>Choose a saved search to see its articles.</source>
        <translation>Wählen Sie eine gespeicherte Suche, um ihre Artikel zu sehen.</translation>
    </message>
    <message>
        <source>A name can have at most {count} characters.</source>
        <translation>Ein Name darf höchstens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>The search appears under Saved searches in the tree.</source>
        <translation>Die Suche erscheint im Baum unter „Gespeicherte Suchen“.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Searches for:</source>
        <translation>Sucht nach:</translation>
    </message>
    <message>
        <source>Only &amp;unread articles</source>
        <translation>Nur &amp;ungelesene Artikel</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Schlag&amp;wort hinzufügen…</translation>
    </message>
    <message>
        <source>Give the selected articles a tag (T)</source>
        <translation>Den ausgewählten Artikeln ein Schlagwort geben (T)</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>Diese Suche speichern…</translation>
    </message>
    <message>
        <source>Keep this search as a node of the tree</source>
        <translation>Diese Suche als Eintrag im Baum behalten</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation>Schlagwort löschen…</translation>
    </message>
    <message>
        <source>Select an article to tag it.</source>
        <translation>Wählen Sie einen Artikel, um ihm ein Schlagwort zu geben.</translation>
    </message>
    <message>
        <source>Delete the tag “{name}”? Its articles stay; only the tag goes.</source>
        <translation>Das Schlagwort „{name}“ löschen? Seine Artikel bleiben, nur das Schlagwort verschwindet.</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”? No article is deleted.</source>
        <translation>Die gespeicherte Suche „{name}“ löschen? Es wird kein Artikel gelöscht.</translation>
    </message>
    <message>
        <source>Delete Saved Search…</source>
        <translation>Gespeicherte Suche löschen…</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
    <message>
        <source>Only in “{section}”</source>
        <translation>Nur in „{section}“</translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “{name}” from %n article(s).</source>
        <translation>
            <numerusform>Das Schlagwort „{name}“ wurde von %n Artikel entfernt.</numerusform>
            <numerusform>Das Schlagwort „{name}“ wurde von %n Artikeln entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the tag “{name}”.</source>
        <translation>Das Schlagwort „{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the saved search “{name}”.</source>
        <translation>Die gespeicherte Suche „{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The change could not be saved: {error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n article(s) “{name}”.</source>
        <translation>
            <numerusform>%n Artikel erhielt das Schlagwort „{name}“.</numerusform>
            <numerusform>%n Artikel erhielten das Schlagwort „{name}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>They already had the tag “{name}”.</source>
        <translation>Sie hatten das Schlagwort „{name}“ schon.</translation>
    </message>
    <message>
        <source>Saved the search as “{name}”, in place of the earlier one.</source>
        <translation>Die Suche wurde als „{name}“ gespeichert und ersetzt die frühere.</translation>
    </message>
    <message>
        <source>Saved the search as “{name}”.</source>
        <translation>Die Suche wurde als „{name}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>PopularList</name>
    <message>
        <source>Rank by &amp;popularity</source>
        <translation>Nach &amp;Beliebtheit ordnen</translation>
    </message>
    <message>
        <source>List the selected section&apos;s most read articles (time-decayed read count) instead of its newest</source>
        <translation>Statt der neuesten die meistgelesenen Artikel der ausgewählten Rubrik zeigen (Lesezahl, mit der Zeit abnehmend)</translation>
    </message>
    <message>
        <source>#{rank} most popular: {why}</source>
        <translation>Platz {rank} der beliebtesten: {why}</translation>
    </message>
</context>
<context>
    <name>PopularView</name>
    <message numerus="yes">
        <source>read %n time(s)</source>
        <translation>
            <numerusform>einmal gelesen</numerusform>
            <numerusform>%n-mal gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %n time(s), last {when}</source>
        <translation>
            <numerusform>einmal gelesen, zuletzt {when}</numerusform>
            <numerusform>%n-mal gelesen, zuletzt {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencePages</name>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt der Kontrollleiste.</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Newsreader in the tray</source>
        <translation>&amp;Beim Schließen des Fensters bleibt Newsreader im Systemabschnitt</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>&amp;Versteckt im Systemabschnitt starten</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Lear&amp;n each feed&apos;s posting rhythm</source>
        <translation>Den Veröffentlichungs&amp;rhythmus jedes Feeds lernen</translation>
    </message>
    <message>
        <source>Check a feed more often at the hours it usually posts and less often when it is quiet. Off, every feed is checked at its refresh interval.</source>
        <translation>Einen Feed zu den Zeiten öfter abrufen, zu denen er meist veröffentlicht, und seltener, wenn er ruhig ist. Ausgeschaltet wird jeder Feed in seinem Aktualisierungsintervall abgerufen.</translation>
    </message>
    <message>
        <source>Reading one article of a story marks its ot&amp;her sources read</source>
        <translation>Ein gelesener Artikel einer Meldung markiert ihre anderen &amp;Quellen als gelesen</translation>
    </message>
    <message>
        <source>A story is the same event reported by several feeds; the list shows it once. Off, each feed&apos;s article stays unread until you read it.</source>
        <translation>Eine Meldung ist dasselbe Ereignis aus mehreren Feeds; die Liste zeigt sie einmal. Aus: Der Artikel jedes Feeds bleibt ungelesen, bis Sie ihn lesen.</translation>
    </message>
    <message>
        <source>Folder for Downloaded Enclosures</source>
        <translation>Ordner für heruntergeladene Anhänge</translation>
    </message>
    <message>
        <source>After {seconds} seconds on screen</source>
        <translation>Nach {seconds} Sekunden auf dem Bildschirm</translation>
    </message>
    <message>
        <source>After one second on screen</source>
        <translation>Nach einer Sekunde auf dem Bildschirm</translation>
    </message>
    <message>
        <source>As soon as it is shown</source>
        <translation>Sobald er angezeigt wird</translation>
    </message>
    <message>
        <source>The proxy host is a name or an address only (no “/”, “@” or “:”).</source>
        <translation>Der Proxy-Host ist nur ein Name oder eine Adresse (ohne „/“, „@“ oder „:“).</translation>
    </message>
</context>
<context>
    <name>ReaderBoxes</name>
    <message>
        <source>Related articles</source>
        <translation>Ähnliche Artikel</translation>
    </message>
    <message>
        <source>Most popular in {section}</source>
        <translation>Am beliebtesten in {section}</translation>
    </message>
    <message>
        <source>Most popular</source>
        <translation>Am beliebtesten</translation>
    </message>
    <message>
        <source>Images cannot be downloaded in this window.</source>
        <translation>In diesem Fenster können keine Bilder geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the images: {error}</source>
        <translation>Die Bilder konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>The images could not be loaded: the network seems to be down.</source>
        <translation>Die Bilder konnten nicht geladen werden: Das Netzwerk scheint nicht erreichbar zu sein.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s).</source>
        <translation>
            <numerusform>%n Bild geladen.</numerusform>
            <numerusform>%n Bilder geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be downloaded.</source>
        <translation>
            <numerusform>%n Bild konnte nicht geladen werden.</numerusform>
            <numerusform>%n Bilder konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>There are no more unread articles.</source>
        <translation>Es gibt keine ungelesenen Artikel mehr.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message numerus="yes">
        <source>%n images cached</source>
        <translation>
            <numerusform>%n Bild gespeichert</numerusform>
            <numerusform>%n Bilder gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds were due for a refresh.</source>
        <translation>Kein Feed war zur Aktualisierung fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n feeds refreshed</source>
        <translation>
            <numerusform>%n Feed aktualisiert</numerusform>
            <numerusform>%n Feeds aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation>
            <numerusform>%n konnte nicht abgerufen werden</numerusform>
            <numerusform>%n konnten nicht abgerufen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be refreshed</source>
        <translation>
            <numerusform>%n konnte nicht aktualisiert werden</numerusform>
            <numerusform>%n konnten nicht aktualisiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>caching was stopped (the next refresh goes on with it)</source>
        <translation>das Speichern wurde angehalten (die nächste Aktualisierung setzt es fort)</translation>
    </message>
    <message>
        <source>Stop caching</source>
        <translation>Speichern anhalten</translation>
    </message>
    <message>
        <source>Stop fetching images and pages now; the next refresh goes on with them.</source>
        <translation>Jetzt keine Bilder und Seiten mehr abrufen; die nächste Aktualisierung setzt das fort.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Feeds werden aktualisiert …</translation>
    </message>
    <message>
        <source>Refreshing feeds — %1 of %2</source>
        <translation>Feeds werden aktualisiert – %1 von %2</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Die Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopping the caching of images and pages…</source>
        <translation>Das Speichern von Bildern und Seiten wird angehalten …</translation>
    </message>
    <message>
        <source>Caching images and pages…</source>
        <translation>Bilder und Seiten werden gespeichert …</translation>
    </message>
    <message>
        <source>Caching images and pages — %1 of %2</source>
        <translation>Bilder und Seiten werden gespeichert – %1 von %2</translation>
    </message>
    <message>
        <source>caching images and pages…</source>
        <translation>Bilder und Seiten werden gespeichert …</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Type the regular expression to look for.</source>
        <translation>Geben Sie den regulären Ausdruck ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>The regular expression is too long; shorten it.</source>
        <translation>Der reguläre Ausdruck ist zu lang; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The regular expression “%1” is not valid: %2.</source>
        <translation>Der reguläre Ausdruck „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>The regular expression “%1” takes too long on some texts (it backtracks, as nested repetition like (a+)+ does); simplify it.</source>
        <translation>Der reguläre Ausdruck „%1“ braucht bei manchen Texten zu lange (er probiert zu viele Möglichkeiten erneut, wie es verschachtelte Wiederholungen wie (a+)+ tun); vereinfachen Sie ihn.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>The rule&apos;s name is too long.</source>
        <translation>Der Name der Regel ist zu lang.</translation>
    </message>
    <message>
        <source>Give the rule something to look for.</source>
        <translation>Geben Sie der Regel etwas, wonach sie suchen soll.</translation>
    </message>
    <message>
        <source>Choose at least one thing for the rule to do.</source>
        <translation>Wählen Sie mindestens eine Aktion, die die Regel ausführen soll.</translation>
    </message>
    <message>
        <source>Type the text to look for.</source>
        <translation>Geben Sie den Text ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>An age is a number of days between 0 and 36500.</source>
        <translation>Das Alter ist eine Anzahl Tage zwischen 0 und 36500.</translation>
    </message>
    <message>
        <source>Type the name of the tag.</source>
        <translation>Geben Sie den Namen des Schlagworts ein.</translation>
    </message>
    <message>
        <source>A rule applies to a section or to a feed, not both.</source>
        <translation>Eine Regel gilt für eine Rubrik oder für einen Feed, nicht für beides.</translation>
    </message>
    <message>
        <source>Every feed</source>
        <translation>Alle Feeds</translation>
    </message>
    <message>
        <source>The rule could not be checked; see the log.</source>
        <translation>Die Regel konnte nicht geprüft werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Remove the rule “%1”? What it already did to articles stays as it is.</source>
        <translation>Die Regel „%1“ entfernen? Was sie bereits an Artikeln geändert hat, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Run the rule “%1” over every stored article it matches?</source>
        <translation>Die Regel „%1“ auf jeden gespeicherten Artikel anwenden, auf den sie zutrifft?</translation>
    </message>
    <message>
        <source>Rules act on articles as they arrive: mark them read, star, tag or hide them, keep them out of notifications or move them to the top. Hidden articles stay in the library.</source>
        <translation>Regeln wirken auf Artikel, sobald diese eintreffen: Eine Regel kann sie als gelesen kennzeichnen, markieren, mit einem Schlagwort versehen oder ausblenden, von Benachrichtigungen ausnehmen oder nach oben stellen. Ausgeblendete Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>New Ru&amp;le</source>
        <translation>Ne&amp;ue Regel</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Appl&amp;y to Existing Articles</source>
        <translation>Auf &amp;vorhandene Artikel anwenden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>For example: Mute crypto news</source>
        <translation>Zum Beispiel: Krypto-Nachrichten stummschalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;pplies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>an&amp;d it is older than</source>
        <translation>un&amp;d er ist älter als</translation>
    </message>
    <message>
        <source>and it has an en&amp;closure (audio, video)</source>
        <translation>und er hat einen An&amp;hang (Audio, Video)</translation>
    </message>
    <message>
        <source>Tag &amp;it with:</source>
        <translation>Schlagwort &amp;zuweisen:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Dann:</translation>
    </message>
    <message>
        <source>Run this rule &amp;on arriving articles</source>
        <translation>Diese Regel bei &amp;jedem eintreffenden Artikel anwenden</translation>
    </message>
    <message>
        <source>Save R&amp;ule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Rubrik: %1</translation>
    </message>
    <message>
        <source>Counting the stored articles this rule would match…</source>
        <translation>Die gespeicherten Artikel, auf die diese Regel zuträfe, werden gezählt …</translation>
    </message>
    <message>
        <source>Applying the rule “%1”…</source>
        <translation>Die Regel „%1“ wird angewendet …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message numerus="yes">
        <source>This rule would match %n stored articles.</source>
        <translation>
            <numerusform>Diese Regel träfe auf %n gespeicherten Artikel zu.</numerusform>
            <numerusform>Diese Regel träfe auf %n gespeicherte Artikel zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a rule named “%1”; choose another name.</source>
        <translation>Es gibt schon eine Regel namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>Die Regel „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Removed the rule “%1”.</source>
        <translation>Die Regel „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” acted on %n stored articles.</source>
        <translation>
            <numerusform>Die Regel „%1“ hat auf %n gespeicherten Artikel gewirkt.</numerusform>
            <numerusform>Die Regel „%1“ hat auf %n gespeicherte Artikel gewirkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>enthält das Wort</translation>
    </message>
    <message>
        <source>matches the regular expression</source>
        <translation>passt auf den regulären Ausdruck</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>St&amp;ar it</source>
        <translation>Mar&amp;kieren</translation>
    </message>
    <message>
        <source>&amp;Hide (kept; View ▸ Show Hidden Articles lists it)</source>
        <translation>Aus&amp;blenden (bleibt gespeichert; Ansicht ▸ Ausgeblendete Artikel zeigen listet ihn)</translation>
    </message>
    <message>
        <source>&amp;Quiet: no notification</source>
        <translation>&amp;Still: keine Benachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Keep at the top of the list</source>
        <translation>&amp;Oben in der Liste halten</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>No notification</source>
        <translation>Keine Benachrichtigung</translation>
    </message>
    <message>
        <source>Keep at the top</source>
        <translation>Oben halten</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Add Feed…</source>
        <translation>Feed hinzufügen …</translation>
    </message>
    <message>
        <source>New section…</source>
        <translation>Neue Rubrik …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Notify about new articles</source>
        <translation>Über neue Artikel benachrichtigen</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Abbestellen …</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neue Rubrik</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Name der neuen Rubrik:</translation>
    </message>
    <message>
        <source>Could not change the sections: {error}</source>
        <translation>Die Rubriken konnten nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Rubrik umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete the section “{name}”? Its feeds move up one level.</source>
        <translation>Die Rubrik „{name}“ löschen? Ihre Feeds rücken eine Ebene nach oben.</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>The server says this feed is gone (HTTP 410); it is no longer refreshed.</source>
        <translation>Laut Server gibt es diesen Feed nicht mehr (HTTP 410); er wird nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Most popular</source>
        <translation>Am beliebtesten</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>The server asks for a login; polling is paused.</source>
        <translation>Der Server verlangt eine Anmeldung; das Abrufen ist angehalten.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>It will be tried again at {time}.</source>
        <translation>Um {time} wird es erneut versucht.</translation>
    </message>
    <message>
        <source>It will be tried again on {date}.</source>
        <translation>Am {date} wird es erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) in this section cannot be refreshed.</source>
        <translation>
            <numerusform>%n Feed in dieser Rubrik lässt sich nicht aktualisieren.</numerusform>
            <numerusform>%n Feeds in dieser Rubrik lassen sich nicht aktualisieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Name of the section inside “{parent}”:</source>
        <translation>Name der Rubrik in „{parent}“:</translation>
    </message>
    <message>
        <source>Name of the section:</source>
        <translation>Name der Rubrik:</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neue Rubrik</translation>
    </message>
    <message>
        <source>Created “{path}”.</source>
        <translation>„{path}“ angelegt.</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Rubrik umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete the section “{path}”? Its feeds and subsections move to {parent}; no feed or article is deleted.</source>
        <translation>Die Rubrik „{path}“ löschen? Ihre Feeds und Unterrubriken wandern nach {parent}; kein Feed und kein Artikel wird gelöscht.</translation>
    </message>
    <message>
        <source>Deleted “{path}”; its feeds moved to {parent}.</source>
        <translation>„{path}“ gelöscht; ihre Feeds sind nach {parent} gewandert.</translation>
    </message>
    <message>
        <source>Delete the section “{path}”? Its feeds and subsections move to the top level; no feed or article is deleted.</source>
        <translation>Die Rubrik „{path}“ löschen? Ihre Feeds und Unterrubriken wandern auf die oberste Ebene; kein Feed und kein Artikel wird gelöscht.</translation>
    </message>
    <message>
        <source>Deleted “{path}”; its feeds moved to the top level.</source>
        <translation>„{path}“ gelöscht; ihre Feeds sind auf die oberste Ebene gewandert.</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Rubrik löschen</translation>
    </message>
    <message>
        <source>Move in puts a section inside the one above it; this one is first.</source>
        <translation>„Einrücken“ verschiebt eine Rubrik in die darüberliegende; diese ist die erste.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Verschoben.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unexpected error ({kind}); see the log</source>
        <translation>unerwarteter Fehler ({kind}); siehe Protokoll</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Arri&amp;val Rules</source>
        <translation>E&amp;ingangsregeln</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Subscribed feeds</source>
        <translation>Abonnierte Feeds</translation>
    </message>
    <message>
        <source>Feeds by section. The buttons below add, edit and remove them.</source>
        <translation>Feeds nach Rubrik. Mit den Knöpfen darunter fügen Sie sie hinzu, bearbeiten und entfernen sie.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <source>Sync accounts</source>
        <translation>Abgleichkonten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page that links to feeds</source>
        <translation>Einen Feed abonnieren oder eine Webseite, die auf Feeds verweist</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Title, section, refresh interval, user name and password</source>
        <translation>Titel, Rubrik, Aktualisierungsintervall, Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Unsubscribe and delete the feed&apos;s stored articles</source>
        <translation>Abbestellen und die gespeicherten Artikel des Feeds löschen</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren …</translation>
    </message>
    <message>
        <source>Subscribe to every feed of an OPML list</source>
        <translation>Jeden Feed einer OPML-Liste abonnieren</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML list</source>
        <translation>Alle Abonnements als OPML-Liste speichern</translation>
    </message>
    <message>
        <source>Feed health</source>
        <translation>Zustand des Feeds</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Zuletzt erfolgreich:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Articles stored:</source>
        <translation>Gespeicherte Artikel:</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Rubriken</translation>
    </message>
    <message>
        <source>&amp;New section…</source>
        <translation>&amp;Neue Rubrik …</translation>
    </message>
    <message>
        <source>A new top-level section</source>
        <translation>Eine neue Rubrik auf oberster Ebene</translation>
    </message>
    <message>
        <source>New s&amp;ubsection…</source>
        <translation>Neue &amp;Unterrubrik …</translation>
    </message>
    <message>
        <source>A new section inside the selected one</source>
        <translation>Eine neue Rubrik in der ausgewählten</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>U&amp;mbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the section; its feeds and subsections move to its parent</source>
        <translation>Die Rubrik löschen; ihre Feeds und Unterrubriken wandern in die übergeordnete</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Move &amp;out</source>
        <translation>&amp;Ausrücken</translation>
    </message>
    <message>
        <source>Make it a sibling of its parent</source>
        <translation>Auf die Ebene der übergeordneten Rubrik verschieben</translation>
    </message>
    <message>
        <source>Move &amp;in</source>
        <translation>&amp;Einrücken</translation>
    </message>
    <message>
        <source>Put it inside the section above it</source>
        <translation>In die darüberliegende Rubrik verschieben</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Default refresh &amp;interval:</source>
        <translation>Standard-Aktualisierungs&amp;intervall:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh all feeds when Newsreader st&amp;arts</source>
        <translation>Alle Feeds beim Start von Newsreader a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language is used the next time Newsreader starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Newsreader.</translation>
    </message>
    <message>
        <source>Keep articles</source>
        <translation>Artikel aufbewahren</translation>
    </message>
    <message>
        <source>For at most (&amp;days):</source>
        <translation>Höchstens (&amp;Tage):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>At most &amp;per feed:</source>
        <translation>Höchstens &amp;pro Feed:</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source>Starred articles are always kept.</source>
        <translation>Markierte Artikel werden immer aufbewahrt.</translation>
    </message>
    <message>
        <source>Never delete &amp;unread articles</source>
        <translation>&amp;Ungelesene Artikel nie löschen</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Reader f&amp;ont:</source>
        <translation>Sc&amp;hrift zum Lesen:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Mark as read:</source>
        <translation>Als gelesen &amp;markieren:</translation>
    </message>
    <message>
        <source>When the article shown in the reader is marked as read.</source>
        <translation>Wann der angezeigte Artikel als gelesen markiert wird.</translation>
    </message>
    <message>
        <source>After the delay below on screen</source>
        <translation>Nach der unten eingestellten Zeit auf dem Bildschirm</translation>
    </message>
    <message>
        <source>On open</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Read &amp;delay:</source>
        <translation>Lese&amp;verzögerung:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>How long an article must stay on screen before it counts as read for Most popular (and before it is marked read, when that is chosen above).</source>
        <translation>Wie lange ein Artikel auf dem Bildschirm bleiben muss, bevor er für „Am beliebtesten“ als gelesen zählt (und bevor er als gelesen markiert wird, wenn das oben gewählt ist).</translation>
    </message>
    <message>
        <source>Mark as read when scrolled &amp;past in the list</source>
        <translation>Beim &amp;Vorbeiscrollen in der Liste als gelesen markieren</translation>
    </message>
    <message>
        <source>Articles that scroll up past the top of the article list are marked as read. They do not count for Most popular.</source>
        <translation>Artikel, die oben aus der Artikelliste hinausscrollen, werden als gelesen markiert. Sie zählen nicht für „Am beliebtesten“.</translation>
    </message>
    <message>
        <source>Remote &amp;images:</source>
        <translation>Entfernte &amp;Bilder:</translation>
    </message>
    <message>
        <source>Download for offline reading</source>
        <translation>Zum Offline-Lesen herunterladen</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Nachfrage</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Mark &amp;updated articles unread</source>
        <translation>Aktualisierte Artikel als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>When a feed changes the title or the text of an article you have read, it becomes unread again. Its earlier text is kept either way: the article shows &quot;Show changes&quot;.</source>
        <translation>Ändert ein Feed den Titel oder Text eines Artikels, den Sie gelesen haben, wird er wieder ungelesen. Der frühere Text bleibt in jedem Fall erhalten: Der Artikel zeigt „Änderungen zeigen“.</translation>
    </message>
    <message>
        <source>Ne&amp;twork</source>
        <translation>Ne&amp;tzwerk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>Proxy-P&amp;ort:</translation>
    </message>
    <message>
        <source>Timeo&amp;ut:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Largest do&amp;wnload:</source>
        <translation>Größter Do&amp;wnload:</translation>
    </message>
    <message>
        <source>A podcast episode or video larger than this is not downloaded.</source>
        <translation>Eine Podcast-Folge oder ein Video, das größer ist, wird nicht heruntergeladen.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Downloads fol&amp;der:</source>
        <translation>Download-Or&amp;dner:</translation>
    </message>
    <message>
        <source>Your Downloads folder, in Newsreader</source>
        <translation>Ihr Download-Ordner, darin „Newsreader“</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Applies to feeds, pages and images fetched from now on.</source>
        <translation>Gilt für Feeds, Seiten und Bilder, die ab jetzt abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press these keys in the main window to run the commands without the menus.</source>
        <translation>Drücken Sie diese Tasten im Hauptfenster, um die Befehle ohne Menü auszuführen.</translation>
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
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>StorySources</name>
    <message numerus="yes">
        <source>{feed} +%n source(s)</source>
        <translation>
            <numerusform>{feed} +%n Quelle</numerusform>
            <numerusform>{feed} +%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feed}; %n other feed(s) carry this story: the article lists them.</source>
        <translation>
            <numerusform>{feed}; %n weiterer Feed bringt diese Meldung: der Artikel nennt ihn.</numerusform>
            <numerusform>{feed}; %n weitere Feeds bringen diese Meldung: der Artikel nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed} · {when}</source>
        <translation>{feed} · {when}</translation>
    </message>
    <message>
        <source>Also reported by</source>
        <translation>Auch gemeldet von</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced with %1: nothing new</source>
        <translation>Mit %1 abgeglichen: nichts Neues</translation>
    </message>
    <message>
        <source>Could not sync with %1: %2</source>
        <translation>Abgleich mit %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2</source>
        <translation>Mit %1 abgeglichen: %2</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Abgleich mit %1 …</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Newsreader: %n unread articles</source>
        <translation>
            <numerusform>Newsreader: %n ungelesener Artikel</numerusform>
            <numerusform>Newsreader: %n ungelesene Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsreader: no unread articles</source>
        <translation>Newsreader: keine ungelesenen Artikel</translation>
    </message>
    <message>
        <source>Show or Hide Newsreader</source>
        <translation>Newsreader zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TrendingList</name>
    <message>
        <source>#{rank} trending: {why}</source>
        <translation>Nr. {rank} im Trend: {why}</translation>
    </message>
</context>
<context>
    <name>TrendingView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trending: %n stories carried by several feeds, ranked by how many feeds and how fast, and by what you read of them. Select one to read it.</source>
        <translation>
            <numerusform>Im Trend: %n Meldung aus mehreren Feeds, geordnet danach, wie viele Feeds sie wie schnell bringen und was Sie davon gelesen haben. Wählen Sie sie aus, um sie zu lesen.</numerusform>
            <numerusform>Im Trend: %n Meldungen aus mehreren Feeds, geordnet danach, wie viele Feeds sie wie schnell bringen und was Sie davon gelesen haben. Wählen Sie eine aus, um sie zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sources} in {span}; you read %n</source>
        <translation>
            <numerusform>{sources} in {span}; Sie haben %n gelesen</numerusform>
            <numerusform>{sources} in {span}; Sie haben %n gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sources} in {span}</source>
        <translation>{sources} in {span}</translation>
    </message>
    <message>
        <source>{title} · {why}</source>
        <translation>{title} · {why}</translation>
    </message>
    <message>
        <source>Nothing is trending: no story was carried by several feeds in the last days.</source>
        <translation>Nichts ist im Trend: In den letzten Tagen hat keine Meldung mehrere Feeds erreicht.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The sync was stopped.</source>
        <translation>Der Abgleich wurde angehalten.</translation>
    </message>
    <message>
        <source>The default subscriptions could not be read: {error}</source>
        <translation>Die Standard-Abonnements konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Default subscriptions: {summary}</source>
        <translation>Standard-Abonnements: {summary}</translation>
    </message>
    <message>
        <source>Could not add the default feeds: {error}</source>
        <translation>Die Standard-Feeds konnten nicht hinzugefügt werden: {error}</translation>
    </message>
</context>
</TS>
