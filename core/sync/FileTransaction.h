#pragma once

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// Writes a set of files so that it can be undone: every folder and file it creates is
// remembered, and every file it replaces is kept (bytes and modification time) until the end,
// so rollBack() leaves the folders exactly as they were. verify() reads every file back.
// Errors are worded for the person: which file or folder, and why.
class FileTransaction
{
    Q_DECLARE_TR_FUNCTIONS(FileTransaction)

public:
    // Called after each file is written, with its path; an error it returns fails that write.
    // Tests inject failures through it (a file changed behind Limber's back, a full disk).
    using AfterWrite = std::function<QString(const QString &path)>;

    void setAfterWrite(AfterWrite hook) { m_afterWrite = std::move(hook); }

    // Creates folder and its missing parents. An error names the folder and the reason.
    QString makeFolder(const QString &folder);
    // Writes bytes to path atomically (a replaced file stays whole until the new one is),
    // with modified as its modification time when valid.
    QString write(const QString &path, const QByteArray &bytes, const QDateTime &modified = {});
    // Reads every written file back: the first that differs from what was meant, or empty.
    QString verify() const;
    // Removes every file and folder it created and puts back every file it replaced. What
    // could not be undone, or empty.
    QString rollBack();

    // Every file written, in order.
    QStringList writtenPaths() const;

private:
    struct Written
    {
        QString path;
        QByteArray bytes;
        bool replaced = false;
        QByteArray previousBytes = {};
        QDateTime previousModified = {};
    };

    QList<QString> m_createdFolders;
    QList<Written> m_written;
    AfterWrite m_afterWrite;
};

// Why nothing can be written into folder (probed with a temporary file, removed at once), or
// empty when it can be.
QString writeProblem(const QString &folder);

// Writes bytes to path through QSaveFile; the reason it failed (the system's words), or empty.
QString saveFile(const QString &path, const QByteArray &bytes);
// Sets the modification time of path; false when it could not be set.
bool setModified(const QString &path, const QDateTime &modified);

} // namespace limber
