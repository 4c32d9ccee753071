#include "model/Stretch.h"

#include <QCoreApplication>

namespace limber {

namespace {
QStringList translateAll(const QList<const char *> &sources)
{
    QStringList translated;
    translated.reserve(sources.size());
    for (const char *source : sources)
        translated.append(QCoreApplication::translate(Stretch::translationContext, source));
    return translated;
}
} // namespace

Stretch::Stretch(QString id, StretchText text, QList<BodyArea> targets, StretchKind kind,
                 bool sided, int defaultHoldSeconds)
    : m_id(std::move(id))
    , m_text(std::move(text))
    , m_targets(std::move(targets))
    , m_kind(kind)
    , m_sided(sided)
    , m_defaultHoldSeconds(defaultHoldSeconds)
{
}

QString Stretch::name() const
{
    return QCoreApplication::translate(translationContext, m_text.name);
}

QString Stretch::summary() const
{
    return QCoreApplication::translate(translationContext, m_text.summary);
}

QStringList Stretch::steps() const
{
    return translateAll(m_text.steps);
}

QStringList Stretch::cautions() const
{
    return translateAll(m_text.cautions);
}

QString Stretch::untranslatedName() const
{
    return QString::fromUtf8(m_text.name);
}

QString stretchKindKey(StretchKind kind)
{
    return kind == StretchKind::Flow ? QStringLiteral("flow") : QStringLiteral("hold");
}

} // namespace limber
