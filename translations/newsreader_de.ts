<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>There are no more unread articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe &amp;in:</source>
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
    <message>
        <source>A feed in a sync account is fetched by its server: clear the user name and password, or subscribe on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing in %1…</source>
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
        <source>Newsreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and feeds</source>
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
        <source>Article</source>
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
    <name>PreferencePages</name>
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
    <name>SettingsDialog</name>
    <message>
        <source>Accounts</source>
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
    <name>box</name>
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
</context>
<context>
    <name>menu</name>
    <message>
        <source>Add Feed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
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
</TS>
