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
