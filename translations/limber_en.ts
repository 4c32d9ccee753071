<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, left side, move slowly, %n second</numerusform>
            <numerusform>%1, left side, move slowly, %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, right side, move slowly, %n second</numerusform>
            <numerusform>%1, right side, move slowly, %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, move slowly, %n second</numerusform>
            <numerusform>%1, move slowly, %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, left side, %n second</numerusform>
            <numerusform>%1, left side, %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, right side, %n second</numerusform>
            <numerusform>%1, right side, %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n second</numerusform>
            <numerusform>%1, %n seconds</numerusform>
        </translation>
    </message>
</context>
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
    <name>IllustrationExport</name>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n illustration written to %1</numerusform>
            <numerusform>%n illustrations written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>You have been sitting for %n minute. Stand, march on the spot and do a lunge: %1.</numerusform>
            <numerusform>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n stretch · %1 in all</numerusform>
            <numerusform>%n stretches · %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n stretch · %1</numerusform>
            <numerusform>%n stretches · %1</numerusform>
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
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n stretch done</numerusform>
            <numerusform>%n stretches done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>&quot;It hurts&quot; pressed %n time</numerusform>
            <numerusform>&quot;It hurts&quot; pressed %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
