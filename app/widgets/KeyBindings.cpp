#include "widgets/KeyBindings.h"

#include <algorithm>
#include <QKeyEvent>
#include <QStringList>

namespace limber {

namespace {
QList<QKeySequence> standard(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}

QList<KeyBinding> makeTable()
{
    using A = KeyArea;
    using C = KeyCommand;
    const auto key = [](QKeyCombination combination) { return QKeySequence(combination); };
    return {
        // Ctrl+? only: X11 offers Ctrl+Shift+? as both Ctrl+? and Ctrl+Shift+/, and two
        // shortcuts on one key are ambiguous, so neither would fire.
        {A::Window, C::ShowShortcuts, {key(Qt::Key_F1), key(Qt::CTRL | Qt::Key_Question)}},
        {A::Player, C::PlayPause, {key(Qt::Key_Space)}},
        {A::Player, C::NextStep, {key(Qt::Key_Right)}},
        {A::Player, C::PreviousStep, {key(Qt::Key_Left)}},
        {A::Player,
         C::ExtendHold,
         {key(Qt::Key_Plus), key(Qt::Key_Equal), key(Qt::KeypadModifier | Qt::Key_Plus)}},
        {A::Player, C::StopOrBack, {key(Qt::Key_Escape)}},
        {A::Player, C::FullScreen, {key(Qt::Key_F11), key(Qt::Key_F)}},
        {A::Player, C::ItHurts, {key(Qt::Key_H)}},
        {A::Player, C::Mute, {key(Qt::Key_M)}},
        {A::Library, C::FindStretch, standard(QKeySequence::Find)},
        {A::Library, C::LibraryBack, {key(Qt::Key_Escape)}},
        {A::Library, C::StretchMenu, {key(Qt::SHIFT | Qt::Key_F10), key(Qt::Key_Menu)}},
        {A::Library, C::DeleteStretch, standard(QKeySequence::Delete)},
        {A::Routines, C::NewRoutine, standard(QKeySequence::New)},
        {A::Routines, C::ImportRoutine, standard(QKeySequence::Open)},
        {A::Routines, C::DuplicateRoutine, {key(Qt::CTRL | Qt::Key_D)}},
        {A::Routines, C::ExportRoutine, {key(Qt::CTRL | Qt::Key_E)}},
        {A::Routines, C::RenameRoutine, {key(Qt::Key_F2)}},
        {A::Routines, C::DeleteRoutine, {key(Qt::Key_Delete)}},
        {A::Routines, C::SaveRoutine, standard(QKeySequence::Save)},
        {A::Routines, C::MoveStep, {key(Qt::ALT | Qt::Key_Up), key(Qt::ALT | Qt::Key_Down)}},
        {A::Routines, C::RemoveStep, {key(Qt::Key_Delete), key(Qt::Key_Backspace)}},
        {A::History, C::UndoDeletion, standard(QKeySequence::Undo)},
        {A::History,
         C::RedoDeletion,
         {key(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), key(Qt::CTRL | Qt::Key_Y)}},
        {A::History, C::DeleteSession, standard(QKeySequence::Delete)},
        {A::StretchEditor, C::UndoEdit, standard(QKeySequence::Undo)},
        {A::StretchEditor, C::RedoEdit, standard(QKeySequence::Redo)},
        {A::StretchEditor,
         C::NudgeJoint,
         {key(Qt::Key_Left), key(Qt::Key_Right), key(Qt::Key_Up), key(Qt::Key_Down)}},
    };
}
} // namespace

const QList<KeyBinding> &KeyBindings::all()
{
    // Built on first use: the platform's standard keys need the application to exist.
    static const QList<KeyBinding> table = makeTable();
    return table;
}

QList<QKeySequence> KeyBindings::keys(KeyCommand command)
{
    for (const KeyBinding &binding : all()) {
        if (binding.command == command)
            return binding.keys;
    }
    return {};
}

bool KeyBindings::matches(KeyCommand command, const QKeyEvent *event)
{
    const QKeySequence pressed(
        QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    const QKeySequence exact(event->keyCombination());
    for (const QKeySequence &key : keys(command)) {
        if (key == pressed || key == exact)
            return true;
    }
    return false;
}

QString KeyBindings::keysText(KeyCommand command)
{
    QStringList texts;
    for (const QKeySequence &key : keys(command)) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(tr(", ", "between two keys that do the same"));
}

QKeySequence KeyBindings::viewKey(int index)
{
    if (index < 0 || index >= 9)
        return {};
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
}

QString KeyBindings::areaTitle(KeyArea area)
{
    switch (area) {
    case KeyArea::Window:
        return tr("Window");
    case KeyArea::Player:
        return tr("Play");
    case KeyArea::Library:
        return tr("Library");
    case KeyArea::Routines:
        return tr("Routines");
    case KeyArea::History:
        return tr("History");
    case KeyArea::StretchEditor:
        return tr("Stretch editor");
    }
    return {};
}

QString KeyBindings::description(KeyCommand command)
{
    switch (command) {
    case KeyCommand::ShowShortcuts:
        return tr("Show this list of keyboard shortcuts");
    case KeyCommand::PlayPause:
        return tr("Start, pause or resume (or press the focused button)");
    case KeyCommand::NextStep:
        return tr("Next stretch or side");
    case KeyCommand::PreviousStep:
        return tr("Previous stretch or side");
    case KeyCommand::ExtendHold:
        return tr("Hold 10 seconds longer");
    case KeyCommand::StopOrBack:
        return tr("Stop the routine, or leave the summary");
    case KeyCommand::FullScreen:
        return tr("Full screen (floor view) on or off");
    case KeyCommand::ItHurts:
        return tr("It hurts: pause at once and choose how to go on");
    case KeyCommand::Mute:
        return tr("Sound and voice off or on");
    case KeyCommand::FindStretch:
        return tr("Search the stretches");
    case KeyCommand::LibraryBack:
        return tr("Back from a stretch to the list");
    case KeyCommand::StretchMenu:
        return tr("Actions for the selected stretch");
    case KeyCommand::DeleteStretch:
        return tr("Delete the selected stretch of your own");
    case KeyCommand::NewRoutine:
        return tr("New routine");
    case KeyCommand::ImportRoutine:
        return tr("Import a routine file");
    case KeyCommand::DuplicateRoutine:
        return tr("Duplicate the selected routine");
    case KeyCommand::ExportRoutine:
        return tr("Export the selected routine");
    case KeyCommand::RenameRoutine:
        return tr("Rename the selected routine");
    case KeyCommand::DeleteRoutine:
        return tr("Delete the selected routine (in the list)");
    case KeyCommand::SaveRoutine:
        return tr("Save the routine");
    case KeyCommand::MoveStep:
        return tr("Move the selected step up or down");
    case KeyCommand::RemoveStep:
        return tr("Remove the selected step (in the steps)");
    case KeyCommand::UndoDeletion:
        return tr("Undo deleting a session");
    case KeyCommand::RedoDeletion:
        return tr("Redo deleting a session");
    case KeyCommand::DeleteSession:
        return tr("Delete the selected session");
    case KeyCommand::UndoEdit:
        return tr("Undo");
    case KeyCommand::RedoEdit:
        return tr("Redo");
    case KeyCommand::NudgeJoint:
        return tr("Move the selected joint of the figure");
    }
    return {};
}

} // namespace limber
