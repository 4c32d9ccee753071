#pragma once

#include "model/BodyArea.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// Holds are kept still; flows are moved through slowly for their whole duration.
enum class StretchKind
{
    Hold,
    Flow
};

// The texts are kept untranslated (marked with QT_TRANSLATE_NOOP in the catalog) and
// translated when read, so switching language at run time needs no reload.
struct StretchText
{
    const char *name = nullptr;
    const char *summary = nullptr;
    QList<const char *> steps;
    QList<const char *> cautions;
};

class Stretch
{
public:
    Stretch(QString id, StretchText text, QList<BodyArea> targets, StretchKind kind, bool sided,
            int defaultHoldSeconds);

    const QString &id() const { return m_id; }
    QString name() const;
    QString summary() const;
    QStringList steps() const;
    QStringList cautions() const;
    // The English source text, for stable machine-readable output.
    QString untranslatedName() const;
    // Every text as written in the catalog, before translation.
    const StretchText &sourceText() const { return m_text; }

    const QList<BodyArea> &targets() const { return m_targets; }
    StretchKind kind() const { return m_kind; }
    bool isSided() const { return m_sided; }
    int defaultHoldSeconds() const { return m_defaultHoldSeconds; }

    // Translation context of every catalog text.
    static constexpr const char *translationContext = "Catalog";

private:
    QString m_id;
    StretchText m_text;
    QList<BodyArea> m_targets;
    StretchKind m_kind;
    bool m_sided;
    int m_defaultHoldSeconds;
};

QString stretchKindKey(StretchKind kind);

} // namespace limber
