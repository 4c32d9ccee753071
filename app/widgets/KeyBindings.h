#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QShortcut>
#include <QWidget>

class QKeyEvent;

namespace limber {

// Every key the window answers to, in one table: the views bind their shortcuts from it and the
// "Keyboard shortcuts" dialog lists it, so the two cannot drift apart.
enum class KeyArea
{
    Window,
    Player,
    Library,
    Routines,
    History,
    StretchEditor
};

enum class KeyCommand
{
    // Window (the views' own Ctrl+1… keys are listed by the window, which knows their titles)
    ShowShortcuts,
    // Player
    PlayPause,
    NextStep,
    PreviousStep,
    ExtendHold,
    StopOrBack,
    FullScreen,
    ItHurts,
    Mute,
    // Library
    FindStretch,
    LibraryBack,
    StretchMenu,
    DeleteStretch,
    // Routines
    NewRoutine,
    ImportRoutine,
    DuplicateRoutine,
    ExportRoutine,
    RenameRoutine,
    DeleteRoutine,
    SaveRoutine,
    MoveStep,
    RemoveStep,
    // History
    UndoDeletion,
    RedoDeletion,
    DeleteSession,
    // Stretch editor
    UndoEdit,
    RedoEdit,
    NudgeJoint,
};

struct KeyBinding
{
    KeyArea area;
    KeyCommand command;
    QList<QKeySequence> keys;
};

class KeyBindings
{
    Q_DECLARE_TR_FUNCTIONS(KeyBindings)

public:
    static const QList<KeyBinding> &all();
    static QList<QKeySequence> keys(KeyCommand command);
    // Whether the key event is one of the command's keys (keypad or not).
    static bool matches(KeyCommand command, const QKeyEvent *event);
    // The keys as the person reads them, e.g. "Ctrl+N" or "Alt+Up, Alt+Down".
    static QString keysText(KeyCommand command);
    static QString description(KeyCommand command);
    static QString areaTitle(KeyArea area);
    // The key that shows the view at index (Ctrl+1 …), empty past the ninth.
    static QKeySequence viewKey(int index);

    // One QShortcut per key of the command on owner, all calling slot.
    template<typename Owner, typename Slot>
    static QList<QShortcut *> bind(Owner *owner, KeyCommand command, Qt::ShortcutContext context,
                                   Slot slot)
    {
        QList<QShortcut *> made;
        for (const QKeySequence &key : keys(command)) {
            auto *shortcut = new QShortcut(key, owner);
            shortcut->setContext(context);
            QObject::connect(shortcut, &QShortcut::activated, owner, slot);
            made.append(shortcut);
        }
        return made;
    }
};

} // namespace limber
