#include "stretches/TextListEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace limber {

namespace {
// A row grows with its text up to this many lines, then scrolls.
constexpr int maxVisibleLines = 6;
constexpr int minVisibleLines = 2;
} // namespace

TextListEditor::TextListEditor(Wording wording, int minItems, int maxItems, QWidget *parent)
    : QWidget(parent)
    , m_wording(std::move(wording))
    , m_minItems(minItems)
    , m_maxItems(maxItems)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(m_wording.add))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, &TextListEditor::addRow);
    rebuild({});
}

void TextListEditor::setTexts(const QStringList &texts)
{
    if (texts == this->texts() && !m_rows.isEmpty())
        return;
    rebuild(texts);
}

QStringList TextListEditor::texts() const
{
    QStringList texts;
    for (const Row &row : m_rows)
        texts.append(row.editor->toPlainText());
    return texts;
}

QPlainTextEdit *TextListEditor::editorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).editor : nullptr;
}

void TextListEditor::setEditorEventFilter(QObject *filter)
{
    m_editorFilter = filter;
    for (const Row &row : std::as_const(m_rows))
        row.editor->installEventFilter(filter);
}

void TextListEditor::addRow()
{
    if (count() >= m_maxItems)
        return;
    QStringList texts = this->texts();
    texts.append(QString());
    rebuild(texts);
    focusRow(count() - 1);
    Q_EMIT rowsChanged();
}

void TextListEditor::removeRow(int row)
{
    if (row < 0 || row >= count())
        return;
    QStringList texts = this->texts();
    texts.removeAt(row);
    rebuild(texts);
    focusRow(std::min(row, count() - 1));
    Q_EMIT rowsChanged();
}

void TextListEditor::moveRow(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= count() || target < 0 || target >= count())
        return;
    QStringList texts = this->texts();
    texts.move(row, target);
    rebuild(texts);
    focusRow(target);
    Q_EMIT rowsChanged();
}

void TextListEditor::rebuild(QStringList texts)
{
    while (texts.size() < m_minItems)
        texts.append(QString());
    // Later: the button that asked for the change is inside one of the rows.
    for (const Row &row : std::as_const(m_rows)) {
        row.widget->hide();
        m_rowsLayout->removeWidget(row.widget);
        row.widget->deleteLater();
    }
    m_rows.clear();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QWidget *row = createRow(int(i), int(texts.size()), texts.at(i));
        m_rowsLayout->addWidget(row);
        // At once, not when the layout gets round to it: the focus moves into the new row.
        if (isVisible())
            row->show();
    }
    m_add->setEnabled(texts.size() < m_maxItems);
}

QWidget *TextListEditor::createRow(int index, int count, const QString &text)
{
    auto *widget = new QWidget;
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *number = new QLabel(QStringLiteral("%1.").arg(index + 1));
    number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("12.")));
    layout->addWidget(number);

    auto *editor = new QPlainTextEdit(text);
    editor->setTabChangesFocus(true);
    editor->setAccessibleName(m_wording.item.arg(index + 1));
    editor->setPlaceholderText(m_wording.placeholder);
    number->setBuddy(editor);
    if (m_editorFilter)
        editor->installEventFilter(m_editorFilter);
    layout->addWidget(editor, 1);
    m_rows.append({widget, editor});
    fitHeight(editor);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor] {
        fitHeight(editor);
        Q_EMIT textEdited(rowOf(editor));
    });

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(0);
    const auto button = [&](QStyle::StandardPixmap icon, const QString &name, bool enabled,
                            auto action) {
        auto *tool = new QToolButton;
        tool->setIcon(style()->standardIcon(icon));
        tool->setToolTip(name);
        tool->setAccessibleName(name);
        tool->setAutoRaise(true);
        tool->setEnabled(enabled);
        connect(tool, &QToolButton::clicked, this, action);
        return tool;
    };
    const QString item = m_wording.item.arg(index + 1);
    auto *up = button(QStyle::SP_ArrowUp, tr("Move %1 up").arg(item), index > 0,
                      [this, editor] { moveRow(rowOf(editor), -1); });
    auto *down = button(QStyle::SP_ArrowDown, tr("Move %1 down").arg(item), index + 1 < count,
                        [this, editor] { moveRow(rowOf(editor), 1); });
    auto *remove = button(QStyle::SP_DialogDiscardButton, tr("Remove %1").arg(item),
                          count > m_minItems, [this, editor] { removeRow(rowOf(editor)); });
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    remove->setObjectName(QStringLiteral("remove"));
    auto *moves = new QHBoxLayout;
    moves->setSpacing(0);
    moves->addWidget(up);
    moves->addWidget(down);
    buttons->addLayout(moves);
    buttons->addWidget(remove, 0, Qt::AlignRight);
    buttons->addStretch();
    layout->addLayout(buttons);
    return widget;
}

int TextListEditor::rowOf(const QPlainTextEdit *editor) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).editor == editor)
            return int(i);
    }
    return -1;
}

void TextListEditor::fitHeight(QPlainTextEdit *editor)
{
    // A plain text document's layout measures its height in lines.
    const int lines = std::clamp(int(editor->document()->documentLayout()->documentSize().height()),
                                 minVisibleLines, maxVisibleLines);
    const int margins = int(2 * editor->document()->documentMargin()) + 2 * editor->frameWidth();
    editor->setFixedHeight(lines * editor->fontMetrics().lineSpacing() + margins);
}

void TextListEditor::focusRow(int row)
{
    if (QPlainTextEdit *editor = editorAt(row))
        editor->setFocus();
}

} // namespace limber
