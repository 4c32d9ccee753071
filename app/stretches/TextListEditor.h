#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace limber {

// An editable, ordered list of short texts (a stretch's steps or its cautions): each row is a
// numbered, multi-line field with buttons to move it up or down or remove it.
class TextListEditor : public QWidget
{
    Q_OBJECT

public:
    struct Wording
    {
        QString item;        // "Step %1": a row's accessible name
        QString add;         // "Add a step"
        QString placeholder; // shown in an empty row
    };

    TextListEditor(Wording wording, int minItems, int maxItems, QWidget *parent = nullptr);

    // Replaces the rows; emits nothing.
    void setTexts(const QStringList &texts);
    // As typed, untrimmed.
    QStringList texts() const;
    int count() const { return int(m_rows.size()); }
    QPlainTextEdit *editorAt(int row) const;
    QPushButton *addButton() const { return m_add; }
    // Installed on every row's editor, so the form's undo shortcuts reach past the field's own.
    void setEditorEventFilter(QObject *filter);

    void addRow();
    void removeRow(int row);
    void moveRow(int row, int delta);

Q_SIGNALS:
    // Text typed into a row.
    void textEdited(int row);
    // A row added, removed or moved.
    void rowsChanged();

private:
    struct Row
    {
        QWidget *widget;
        QPlainTextEdit *editor;
    };

    void rebuild(QStringList texts);
    int rowOf(const QPlainTextEdit *editor) const;
    QWidget *createRow(int index, int count, const QString &text);
    void fitHeight(QPlainTextEdit *editor);
    void focusRow(int row);

    Wording m_wording;
    int m_minItems;
    int m_maxItems;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    QObject *m_editorFilter = nullptr;
};

} // namespace limber
