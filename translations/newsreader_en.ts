<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message numerus="yes">
        <source>{name}, %n unread</source>
        <translation>
            <numerusform>{name}, %n unread</numerusform>
            <numerusform>{name}, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}, %n articles</source>
        <translation>
            <numerusform>{name}, %n article</numerusform>
            <numerusform>{name}, %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message numerus="yes">
        <source>This is a web page; it links to %n feeds. Choose one to see its latest items.</source>
        <translation>
            <numerusform>This is a web page; it links to %n feed. Choose it to see its latest items.</numerusform>
            <numerusform>This is a web page; it links to %n feeds. Choose one to see its latest items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message numerus="yes">
        <source>failing: the last %n refreshes did not work; it will be tried again, less often each time</source>
        <translation>
            <numerusform>failing: the last refresh did not work; it will be tried again later</numerusform>
            <numerusform>failing: the last %n refreshes did not work; it will be tried again, less often each time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}” and delete its %n stored article(s)?</source>
        <translation>
            <numerusform>Unsubscribe from “{title}” and delete its %n stored article?</numerusform>
            <numerusform>Unsubscribe from “{title}” and delete its %n stored articles?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “{title}”? %n of its {stored} stored articles are starred.

Keep the starred articles (they stay in Starred, All articles and search), or delete every article of the feed?</source>
        <translation>
            <numerusform>Unsubscribe from “{title}”? %n of its {stored} stored articles is starred.

Keep the starred articles (they stay in Starred, All articles and search), or delete every article of the feed?</numerusform>
            <numerusform>Unsubscribe from “{title}”? %n of its {stored} stored articles are starred.

Keep the starred articles (they stay in Starred, All articles and search), or delete every article of the feed?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “{title}”; kept its %n starred article(s).</source>
        <translation>
            <numerusform>Unsubscribed from “{title}”; kept its starred article.</numerusform>
            <numerusform>Unsubscribed from “{title}”; kept its %n starred articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to {name}.</source>
        <translation>
            <numerusform>Exported %n feed to {name}.</numerusform>
            <numerusform>Exported %n feeds to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCare</name>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, {lost} lost; the damaged library was kept as {damaged}.</source>
        <translation>
            <numerusform>The library was salvaged: %n article kept, {lost} lost; the damaged library was kept as {damaged}.</numerusform>
            <numerusform>The library was salvaged: %n articles kept, {lost} lost; the damaged library was kept as {damaged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library was salvaged: %n article(s) kept, an unknown number lost; the damaged library was kept as {damaged}.</source>
        <translation>
            <numerusform>The library was salvaged: %n article kept, an unknown number lost; the damaged library was kept as {damaged}.</numerusform>
            <numerusform>The library was salvaged: %n articles kept, an unknown number lost; the damaged library was kept as {damaged}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) found for “{query}”</source>
        <translation>
            <numerusform>%n article found for “{query}”</numerusform>
            <numerusform>%n articles found for “{query}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n new articles in {place}</source>
        <translation>
            <numerusform>%n new article in {place}</numerusform>
            <numerusform>%n new articles in {place}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more feeds</source>
        <translation>
            <numerusform>and %n more feeds</numerusform>
            <numerusform>and %n more feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles in {sections} sections</source>
        <translation>
            <numerusform>%n new article in {sections} sections</numerusform>
            <numerusform>%n new articles in {sections} sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopularView</name>
    <message numerus="yes">
        <source>read %n time(s)</source>
        <translation>
            <numerusform>read once</numerusform>
            <numerusform>read %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %n time(s), last {when}</source>
        <translation>
            <numerusform>read once, last {when}</numerusform>
            <numerusform>read %n times, last {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderBoxes</name>
    <message numerus="yes">
        <source>Loaded %n image(s).</source>
        <translation>
            <numerusform>Loaded %n image.</numerusform>
            <numerusform>Loaded %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be downloaded.</source>
        <translation>
            <numerusform>%n image could not be downloaded.</numerusform>
            <numerusform>%n images could not be downloaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message numerus="yes">
        <source>%n images cached</source>
        <translation>
            <numerusform>%n image cached</numerusform>
            <numerusform>%n images cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds refreshed</source>
        <translation>
            <numerusform>%n feed refreshed</numerusform>
            <numerusform>%n feeds refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation>
            <numerusform>%n could not be fetched</numerusform>
            <numerusform>%n could not be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be refreshed</source>
        <translation>
            <numerusform>%n could not be refreshed</numerusform>
            <numerusform>%n could not be refreshed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Newsreader: %n unread articles</source>
        <translation>
            <numerusform>Newsreader: %n unread article</numerusform>
            <numerusform>Newsreader: %n unread articles</numerusform>
        </translation>
    </message>
</context>
</TS>
