#include "player/AnnouncementLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace limber {

namespace {
class AnnouncementAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncementAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Notification)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return static_cast<const QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *announcementFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(AnnouncementLabel::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new AnnouncementAccessible(static_cast<QWidget *>(object));
    return nullptr;
}
} // namespace

AnnouncementLabel::AnnouncementLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(announcementFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void AnnouncementLabel::announce(const QString &text)
{
    setText(text);
    if (text.isEmpty() || !isVisible())
        return;
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

} // namespace limber
