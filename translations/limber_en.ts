<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: valid routine &quot;%2&quot;, %n stretch</numerusform>
            <numerusform>%1: valid routine &quot;%2&quot;, %n stretches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n stretch · %1 in all</numerusform>
            <numerusform>%n stretches · %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStepListModel</name>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, once</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
