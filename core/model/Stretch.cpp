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
    // The built-in drawings live for the whole program; the picture only points at them.
    m_picture.drawing = std::shared_ptr<const Illustration>(std::shared_ptr<const Illustration>(),
                                                            &illustrationOf(m_id));
}

Stretch Stretch::own(QString id, WrittenText text, QList<BodyArea> targets, StretchKind kind,
                     bool sided, int defaultHoldSeconds, StretchPicture picture)
{
    Stretch stretch;
    stretch.m_id = std::move(id);
    stretch.m_origin = StretchOrigin::Own;
    stretch.m_written = std::move(text);
    stretch.m_targets = std::move(targets);
    stretch.m_kind = kind;
    stretch.m_sided = sided;
    stretch.m_defaultHoldSeconds = defaultHoldSeconds;
    stretch.m_picture = std::move(picture);
    return stretch;
}

Stretch Stretch::missing(QString id, QString name)
{
    Stretch stretch;
    stretch.m_id = std::move(id);
    stretch.m_origin = StretchOrigin::Missing;
    stretch.m_written.name = std::move(name);
    return stretch;
}

const Illustration &Stretch::illustration() const
{
    static const Illustration none;
    return m_picture.drawing ? *m_picture.drawing : none;
}

QString Stretch::name() const
{
    if (m_origin != StretchOrigin::BuiltIn)
        return m_written.name;
    return QCoreApplication::translate(translationContext, m_text.name);
}

QString Stretch::summary() const
{
    if (m_origin != StretchOrigin::BuiltIn)
        return m_written.summary;
    return QCoreApplication::translate(translationContext, m_text.summary);
}

QStringList Stretch::steps() const
{
    return m_origin == StretchOrigin::BuiltIn ? translateAll(m_text.steps) : m_written.steps;
}

QStringList Stretch::cautions() const
{
    return m_origin == StretchOrigin::BuiltIn ? translateAll(m_text.cautions) : m_written.cautions;
}

QString Stretch::untranslatedName() const
{
    return m_origin == StretchOrigin::BuiltIn ? QString::fromUtf8(m_text.name) : m_written.name;
}

QString stretchKindKey(StretchKind kind)
{
    return kind == StretchKind::Flow ? QStringLiteral("flow") : QStringLiteral("hold");
}

} // namespace limber
