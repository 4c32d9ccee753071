#include "player/AnnouncementLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTimer>
#include <utility>

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

// Qt switches accessibility on only once its bridge has reached the accessibility bus, which
// happens after the window first shows; what was announced before (--start plays at once) is
// said then.
class AnnouncementLabel::ActivationObserver : public QAccessible::ActivationObserver
{
public:
    explicit ActivationObserver(AnnouncementLabel *label)
        : m_label(label)
    {
        QAccessible::installActivationObserver(this);
    }
    ~ActivationObserver() override { QAccessible::removeActivationObserver(this); }
    ActivationObserver(const ActivationObserver &) = delete;
    ActivationObserver &operator=(const ActivationObserver &) = delete;

    void accessibilityActiveChanged(bool active) override
    {
        if (active)
            m_label->publishPendingSoon();
    }

private:
    AnnouncementLabel *m_label;
};

AnnouncementLabel::AnnouncementLabel(QWidget *parent)
    : QLabel(parent)
    , m_observer(std::make_unique<ActivationObserver>(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(announcementFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

AnnouncementLabel::~AnnouncementLabel() = default;

void AnnouncementLabel::announce(const QString &text)
{
    setText(text);
    m_pending = !text.isEmpty();
    if (m_pending && isVisible() && QAccessible::isActive())
        publish();
}

void AnnouncementLabel::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    publishPendingSoon();
}

void AnnouncementLabel::publishPendingSoon()
{
    // Queued: the bridge reports itself active before it has asked which events are listened
    // to, and a widget being shown is reported after its showEvent.
    QTimer::singleShot(0, this, [this] {
        if (m_pending && isVisible() && QAccessible::isActive())
            publish();
    });
}

void AnnouncementLabel::publish()
{
    m_pending = false;
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

} // namespace limber
