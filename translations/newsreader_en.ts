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
    <name>EnclosuresView</name>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n enclosure</numerusform>
            <numerusform>%n enclosures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posts about %n times a day</source>
        <translation>
            <numerusform>Posts about %n time a day</numerusform>
            <numerusform>Posts about %n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failing (%n time(s))</source>
        <translation>
            <numerusform>Failing (%n time)</numerusform>
            <numerusform>Failing (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n refresh(es) did not work; it is tried again, less often each time.</source>
        <translation>
            <numerusform>%n refresh in a row did not work; it is tried again, less often each time.</numerusform>
            <numerusform>The last %n refreshes did not work; it is tried again, less often each time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not read for %n day(s)</source>
        <translation>
            <numerusform>Not read for %n day</numerusform>
            <numerusform>Not read for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds you have not read for %n day(s): you may want to unsubscribe</source>
        <translation>
            <numerusform>Feeds you have not read for %n day: you may want to unsubscribe</numerusform>
            <numerusform>Feeds you have not read for %n days: you may want to unsubscribe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the last twelve weeks</source>
        <translation>
            <numerusform>%n article in the last twelve weeks</numerusform>
            <numerusform>%n articles in the last twelve weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest article is %n day(s) old</source>
        <translation>
            <numerusform>The newest article is %n day old</numerusform>
            <numerusform>The newest article is %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) counted</source>
        <translation>
            <numerusform>%n reading counted</numerusform>
            <numerusform>%n readings counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not read this feed in %n day(s); unsubscribe if you no longer want it.</source>
        <translation>
            <numerusform>You have not read this feed in %n day; unsubscribe if you no longer want it.</numerusform>
            <numerusform>You have not read this feed in %n days; unsubscribe if you no longer want it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average number of new articles a week over the last %n week(s)</source>
        <translation>
            <numerusform>Average number of new articles a week over the last %n week</numerusform>
            <numerusform>Average number of new articles a week over the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not read this feed since you subscribed %n day(s) ago; unsubscribe if you no longer want it.</source>
        <translation>
            <numerusform>You have not read this feed since you subscribed %n day ago; unsubscribe if you no longer want it.</numerusform>
            <numerusform>You have not read this feed since you subscribed %n days ago; unsubscribe if you no longer want it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s) now…</source>
        <translation>
            <numerusform>Fetching %n feed now…</numerusform>
            <numerusform>Fetching %n feeds now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) cannot be refreshed; select one and press Retry, or Edit its address.</source>
        <translation>
            <numerusform>%n feed cannot be refreshed; select it and press Retry, or Edit its address.</numerusform>
            <numerusform>%n feeds cannot be refreshed; select one and press Retry, or Edit its address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n feed(s) were refreshed without errors.</source>
        <translation>
            <numerusform>%n feed was refreshed without errors.</numerusform>
            <numerusform>All %n feeds were refreshed without errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not read %n of these feeds in {days} days; the Suggestion column marks them.</source>
        <translation>
            <numerusform>You have not read %n of these feeds in {days} days; the Suggestion column marks it.</numerusform>
            <numerusform>You have not read %n of these feeds in {days} days; the Suggestion column marks them.</numerusform>
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
    <name>OrganiseActions</name>
    <message numerus="yes">
        <source>Removed the tag “{name}” from %n article(s).</source>
        <translation>
            <numerusform>Removed the tag “{name}” from %n article.</numerusform>
            <numerusform>Removed the tag “{name}” from %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n article(s) “{name}”.</source>
        <translation>
            <numerusform>Tagged %n article “{name}”.</numerusform>
            <numerusform>Tagged %n articles “{name}”.</numerusform>
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
    <name>RulesPage</name>
    <message numerus="yes">
        <source>This rule would match %n stored articles.</source>
        <translation>
            <numerusform>This rule would match %n stored article.</numerusform>
            <numerusform>This rule would match %n stored articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” acted on %n stored articles.</source>
        <translation>
            <numerusform>The rule “%1” acted on %n stored article.</numerusform>
            <numerusform>The rule “%1” acted on %n stored articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message numerus="yes">
        <source>%n feed(s) in this section cannot be refreshed.</source>
        <translation>
            <numerusform>%n feed in this section cannot be refreshed.</numerusform>
            <numerusform>%n feeds in this section cannot be refreshed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorySources</name>
    <message numerus="yes">
        <source>{feed} +%n source(s)</source>
        <translation>
            <numerusform>{feed} +%n source</numerusform>
            <numerusform>{feed} +%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feed}; %n other feed(s) carry this story: the article lists them.</source>
        <translation>
            <numerusform>{feed}; %n other feed carries this story: the article lists it.</numerusform>
            <numerusform>{feed}; %n other feeds carry this story: the article lists them.</numerusform>
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
<context>
    <name>TrendingView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trending: %n stories carried by several feeds, ranked by how many feeds and how fast, and by what you read of them. Select one to read it.</source>
        <translation>
            <numerusform>Trending: %n story carried by several feeds, ranked by how many feeds and how fast, and by what you read of it. Select it to read it.</numerusform>
            <numerusform>Trending: %n stories carried by several feeds, ranked by how many feeds and how fast, and by what you read of them. Select one to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sources} in {span}; you read %n</source>
        <translation>
            <numerusform>{sources} in {span}; you read %n</numerusform>
            <numerusform>{sources} in {span}; you read %n</numerusform>
        </translation>
    </message>
</context>
</TS>
