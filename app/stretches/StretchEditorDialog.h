#pragma once

#include "model/Stretch.h"
#include "stretches/StretchFormState.h"

#include <functional>
#include <optional>
#include <QDialog>
#include <QList>
#include <QUndoStack>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace limber {

class StretchPicturePanel;
class TextListEditor;

// Creates or edits one of the user's own stretches: its texts, body areas, kind, sides,
// recommended hold and picture. Saves nothing itself: the caller reads stretch() (and
// chosenImagePath(), the file to copy into the data folder) once it is accepted. Every change
// is on one undo history (Ctrl+Z, Ctrl+Shift+Z), and closing with changes asks first.
class StretchEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StretchEditorDialog(QWidget *parent = nullptr);

    // A blank stretch with this id, drawn from the standing figure.
    void startNew(const QString &id);
    // A new stretch with this id that starts as a copy of original ("Duplicate as my own");
    // a built-in stretch's texts are copied in the current language.
    void startDuplicate(const Stretch &original, const QString &id);
    // Edits one of the user's own stretches; stretch() keeps its id.
    void setStretch(const Stretch &stretch);

    // The stretch as the form describes it (texts trimmed, empty cautions dropped), an own
    // stretch. Its picture's imagePath is the chosen file until the caller has copied it.
    Stretch stretch() const;
    // The picture file the user chose in this dialog, to be copied into the data folder;
    // empty when the stretch is drawn or keeps the picture it had.
    QString chosenImagePath() const;

    // Answers whether a (trimmed) name is free: an error text to show, or an empty string.
    // Editing a stretch, the check should accept the stretch's own name.
    void setNameCheck(std::function<QString(const QString &)> check);
    // Asked before closing with unsaved changes; true discards them. A dialog unless replaced.
    void setDiscardPrompt(std::function<bool()> prompt) { m_discardPrompt = std::move(prompt); }

    // Why the stretch cannot be saved yet, or nothing.
    std::optional<QString> problem() const;
    bool hasChanges() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }
    StretchPicturePanel *picturePanel() const { return m_picture; }
    TextListEditor *stepsEditor() const { return m_steps; }
    TextListEditor *cautionsEditor() const { return m_cautions; }

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTextFields();
    QWidget *createDetailFields();
    QLayout *createButtonRow(QWidget *shortcutScope);
    void start(const QString &id, const StretchFormState &state, bool isNew,
               const QString &keptImagePath);
    void edited(const QString &mergeKey);
    void apply(const StretchFormState &state);
    StretchFormState readForm() const;
    void writeForm(const StretchFormState &state);
    void refreshProblem();
    bool askDiscard();
    void guardShortcuts(QWidget *field);

    QString m_id;
    QString m_keptImagePath;
    StretchFormState m_state;
    QUndoStack m_undo;
    int m_generation = 0;
    bool m_applying = false;
    std::function<QString(const QString &)> m_nameCheck;
    std::function<bool()> m_discardPrompt;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_summary = nullptr;
    TextListEditor *m_steps = nullptr;
    TextListEditor *m_cautions = nullptr;
    QList<QCheckBox *> m_areas;
    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_held = nullptr;
    QRadioButton *m_flowing = nullptr;
    QCheckBox *m_sided = nullptr;
    QSpinBox *m_hold = nullptr;
    StretchPicturePanel *m_picture = nullptr;
    QLabel *m_reasonIcon = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace limber
