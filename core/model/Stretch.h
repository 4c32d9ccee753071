#pragma once

#include "figures/Illustration.h"
#include "model/BodyArea.h"

#include <memory>
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

// Where a stretch comes from: the seed, the user's own stretches folder, or nowhere any more
// (a routine still names a stretch that was deleted: it plays as a plain timed hold).
enum class StretchOrigin
{
    BuiltIn,
    Own,
    Missing
};

// The texts of a stretch the user wrote: shown as written, in every language.
struct WrittenText
{
    QString name;
    QString summary;
    QStringList steps;
    QStringList cautions;

    friend bool operator==(const WrittenText &, const WrittenText &) = default;
};

// What shows a stretch: the drawn figure (built-in or posed by the user), or an image the user
// chose (PNG, JPEG or SVG in the data folder; never mirrored). Neither for a missing stretch.
struct StretchPicture
{
    std::shared_ptr<const Illustration> drawing;
    QString imagePath;

    bool isDrawn() const { return drawing != nullptr && !drawing->keyframes.isEmpty(); }
    bool isImage() const { return !imagePath.isEmpty(); }
};

class Stretch
{
public:
    // A built-in stretch: its picture is the built-in drawing with the same id.
    Stretch(QString id, StretchText text, QList<BodyArea> targets, StretchKind kind, bool sided,
            int defaultHoldSeconds);

    static Stretch own(QString id, WrittenText text, QList<BodyArea> targets, StretchKind kind,
                       bool sided, int defaultHoldSeconds, StretchPicture picture);
    // A placeholder for a step whose stretch was deleted; name is the one the routine kept.
    static Stretch missing(QString id, QString name);

    const QString &id() const { return m_id; }
    QString name() const;
    QString summary() const;
    QStringList steps() const;
    QStringList cautions() const;
    // The English source text (or, for the user's own, the text as written), for stable
    // machine-readable output.
    QString untranslatedName() const;
    // Every text as written in the catalog, before translation; empty unless built in.
    const StretchText &sourceText() const { return m_text; }
    // The user's texts; empty for a built-in stretch.
    const WrittenText &writtenText() const { return m_written; }

    StretchOrigin origin() const { return m_origin; }
    bool isBuiltIn() const { return m_origin == StretchOrigin::BuiltIn; }
    bool isOwn() const { return m_origin == StretchOrigin::Own; }
    bool isMissing() const { return m_origin == StretchOrigin::Missing; }
    const StretchPicture &picture() const { return m_picture; }
    // The drawing, or an empty illustration when the stretch shows an image or nothing.
    const Illustration &illustration() const;

    const QList<BodyArea> &targets() const { return m_targets; }
    StretchKind kind() const { return m_kind; }
    bool isSided() const { return m_sided; }
    int defaultHoldSeconds() const { return m_defaultHoldSeconds; }

    // Translation context of every catalog text.
    static constexpr const char *translationContext = "Catalog";

private:
    Stretch() = default;

    QString m_id;
    StretchOrigin m_origin = StretchOrigin::BuiltIn;
    StretchText m_text;
    WrittenText m_written;
    StretchPicture m_picture;
    QList<BodyArea> m_targets;
    StretchKind m_kind = StretchKind::Hold;
    bool m_sided = false;
    int m_defaultHoldSeconds = 30;
};

QString stretchKindKey(StretchKind kind);

// Limits of what a user writes into a stretch, shared by the stretch file format, the routine
// format that embeds stretches, and the stretch editor.
namespace stretchLimits {
inline constexpr qint64 maxFileBytes = 4 * 1024 * 1024; // an embedded image, base64, fits
inline constexpr qint64 maxImageBytes = 2 * 1024 * 1024;
inline constexpr int maxNameLength = 200;
inline constexpr int maxSummaryLength = 300;
inline constexpr int minSteps = 1;
inline constexpr int maxSteps = 12;
inline constexpr int maxStepLength = 300;
inline constexpr int maxCautions = 12;
inline constexpr int maxCautionLength = 300;
inline constexpr int minHoldSeconds = 5;
inline constexpr int maxHoldSeconds = 600;
// A flowing stretch moves through two or three keyframes; a held one has a start and a hold.
inline constexpr int maxKeyframes = 3;
} // namespace stretchLimits

} // namespace limber
