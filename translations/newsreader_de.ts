<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>This article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no more unread articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread, starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread, not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {feed}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, {feed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}, %n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>%1 — signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”: %2. Its feeds and articles arrive with the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this account&apos;s %1 and their articles on this computer? Nothing is changed on the server either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync your subscriptions, read articles and stars with a server you already use on your other devices. Passwords and API keys are kept in your keyring, never in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync accounts yet. Choose Add Account… to connect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty with an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection again after a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available, so its secret is kept only until Newsreader closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”; its %2 stay here as local subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” with its %2 and their articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (server version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(API key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>No keyring is available on this system: a password is kept in memory for this session only and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level (or type World/Asia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed or web page &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds &amp;found on the page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for password-protected feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a feed address: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for this user name, or clear the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already subscribed to this feed, as “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a local address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is on a private network ({address}), such as your home or office network. Newsreader reads from there only when you say so.

Look at this address anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed: {url} is on a private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is a web page; it links to %n feeds. Choose one to see its latest items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a web page; it links to one feed. Choose it to see its latest items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no items yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview, then press Subscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a feed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed in a sync account is fetched by its server: clear the user name and password, or subscribe on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleChanges</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added text is underlined, removed text is struck through.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>just now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated {when}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {when}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text did not change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Image could not be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the feed’s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed’s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the full text from the web page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not starred (press S to star)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditFeedDialog</name>
    <message>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (stored in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored password ({reason}); polling is paused until you enter the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for the new user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>You have no feeds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsreader keeps every article of the feeds you follow, so you can read them later, even offline. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe to the Starter Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starter set of news feeds (BBC, NPR, Deutsche Welle, Al Jazeera, The Guardian, Ars Technica, NASA, ESPN) in the sections World, Business, Technology, Science and Sport. You can remove any of them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Feed or Web Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of a feed, or of a web page that links to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your subscriptions from another reader, in an OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter feeds: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML import: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {what}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTree</name>
    <message>
        <source>[password needed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[gone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[failing]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep starred articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}” and delete its %n stored article(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe from “{title}”? It has no stored articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}”? %n of its {stored} stored articles are starred.

Keep the starred articles (they stay in Starred, All articles and search), or delete every article of the feed?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “{title}”; kept its %n starred article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{title}” and its articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: the server refused the user name or password — edit the feed to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing: the last refresh did not work; it will be tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active · with user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already subscribed ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be imported ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>failing: the last %n refreshes did not work; it will be tried again, less often each time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCare</name>
    <message>
        <source>The library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your library file is damaged. Newsreader can put back the backup from {when}, or copy everything still readable into a new library. Either way the damaged file is kept, renamed, and the window opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your library file is damaged, and there is no backup yet. Newsreader can copy everything still readable into a new library. The damaged file is kept, renamed, and the window opens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} was restored; the damaged library was kept as {damaged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, an unknown number lost; the damaged library was kept as {damaged}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, {lost} lost; the damaged library was kept as {damaged}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the library file for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library passed SQLite&apos;s full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library passed SQLite&apos;s full check; nothing needs repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these articles back to unread (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked one article as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {count} articles as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One article is unread again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles are unread again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Above as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Below as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Mark Above as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those articles are already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} links are on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s feed is no longer in the list of feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is not in its feed&apos;s list (Unread only may hide it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Newsreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsreader follows your news feeds and keeps every article on this computer, so you can read them offline. Its Most popular lists come from what you yourself read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going to the end of the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Mark Below as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Mark All as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened for {url}. Use Copy Link in the article list&apos;s menu and paste it into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in {feed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsreader {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article in {name} was already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread articles in {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListLayout</name>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;Above the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not keep the layout choice: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sections and feeds. The Menu key or Shift+F10 shows the actions for the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of the selected section or feed. Return opens one; the Menu key or Shift+F10 shows its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article you are reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every feed now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every article of the selected section or feed as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar the article (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original page in the web browser (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsreader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n new articles in {place}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more feeds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new articles in {sections} sections</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineMode</name>
    <message>
        <source>You are offline. Every cached article can still be read; Newsreader will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: feeds are not refreshed until you turn off View › Work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause refreshing; cached articles stay readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the feeds could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online: feeds refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working online again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopularList</name>
    <message>
        <source>Rank by &amp;popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the selected section&apos;s most read articles (time-decayed read count) instead of its newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{rank} most popular: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopularView</name>
    <message numerus="yes">
        <source>read %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %n time(s), last {when}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencePages</name>
    <message>
        <source>Closing the window keeps Newsreader in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {seconds} seconds on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After one second on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host is a name or an address only (no “/”, “@” or “:”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderBoxes</name>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most popular in {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images cannot be downloaded in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the images: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images could not be loaded: the network seems to be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be downloaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>This article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no more unread articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message numerus="yes">
        <source>%n images cached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds were due for a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feeds refreshed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be refreshed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>caching was stopped (the next refresh goes on with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching images and pages now; the next refresh goes on with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing feeds — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the caching of images and pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching images and pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching images and pages — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching images and pages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the sections: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section “{name}”? Its feeds move up one level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>The server says this feed is gone (HTTP 410); it is no longer refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a login; polling is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be tried again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be tried again on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Name of the section inside “{parent}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section “{path}”? Its feeds and subsections move to {parent}; no feed or article is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{path}”; its feeds moved to {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section “{path}”? Its feeds and subsections move to the top level; no feed or article is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{path}”; its feeds moved to the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in puts a section inside the one above it; this one is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unexpected error ({kind}); see the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds by section. The buttons below add, edit and remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page that links to feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, section, refresh interval, user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe and delete the feed&apos;s stored articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to every feed of an OPML list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every subscription as an OPML list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new top-level section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;ubsection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new section inside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section; its feeds and subsections move to its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a sibling of its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it inside the section above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default refresh &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all feeds when Newsreader st&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time Newsreader starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For at most (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &amp;per feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred articles are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delete &amp;unread articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader f&amp;ont:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the article shown in the reader is marked as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the delay below on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an article must stay on screen before it counts as read for Most popular (and before it is marked read, when that is chosen above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read when scrolled past in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that scroll up past the top of the article list are marked as read. They do not count for Most popular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;twork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeo&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to feeds, pages and images fetched from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press these keys in the main window to run the commands without the menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced with %1: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default subscriptions could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default subscriptions: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the default feeds: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
