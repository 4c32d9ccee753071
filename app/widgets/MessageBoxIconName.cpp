#include "widgets/MessageBoxIconName.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>

namespace limber {

namespace {

// QMessageBox's own name for the label that shows its icon.
constexpr QLatin1String iconLabelName("qt_msgboxex_icon_label");

class MessageBoxIcon : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxIcon)

public:
    explicit MessageBoxIcon(QWidget *label)
        : QAccessibleWidget(label, QAccessible::Graphic)
    {
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind != QAccessible::Name)
            return QAccessibleWidget::text(kind);
        const auto *box = qobject_cast<const QMessageBox *>(widget()->window());
        switch (box ? box->icon() : QMessageBox::NoIcon) {
        case QMessageBox::Information:
            return tr("Information");
        case QMessageBox::Warning:
            return tr("Warning");
        case QMessageBox::Critical:
            return tr("Error");
        case QMessageBox::Question:
            return tr("Question");
        case QMessageBox::NoIcon:
            break;
        }
        return {};
    }
};

QAccessibleInterface *messageBoxIcon(const QString &className, QObject *object)
{
    if (className == QLatin1String("QLabel") && object && object->objectName() == iconLabelName)
        return new MessageBoxIcon(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void nameMessageBoxIcons()
{
    static const bool installed = [] {
        QAccessible::installFactory(&messageBoxIcon);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace limber
