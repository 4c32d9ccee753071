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
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>Wrote %n session to %1</numerusform>
            <numerusform>Wrote %n sessions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>%n more line could not be read either</numerusform>
            <numerusform>%n more lines could not be read either</numerusform>
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
    <name>StretchDeletePrompt</name>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>“%1” is used by %n routine: %2.</numerusform>
            <numerusform>“%1” is used by %n routines: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ConflictPanel</name>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n stretch · %1</numerusform>
            <numerusform>%n stretches · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Goal: %n day a week</numerusform>
            <numerusform>Goal: %n days a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>This week: %n day, goal met</numerusform>
            <numerusform>This week: %n days, goal met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>This week: %1 of %n day</numerusform>
            <numerusform>This week: %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n week in a row met the goal</numerusform>
            <numerusform>%n weeks in a row met the goal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> day a week</numerusform>
            <numerusform> days a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>After is the same as before on average over the last %1 days (%n session)</numerusform>
            <numerusform>After is the same as before on average over the last %1 days (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>After is %1 lower on average over the last %2 days (%n session)</numerusform>
            <numerusform>After is %1 lower on average over the last %2 days (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>After is %1 higher on average over the last %2 days (%n session)</numerusform>
            <numerusform>After is %1 higher on average over the last %2 days (%n sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
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
