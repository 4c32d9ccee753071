#pragma once

#include "history/Session.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QTableWidget;

namespace limber {

class Catalog;

// One session as it was: when, which routine, how long, pain before and after, the note, and
// every hold with its side, what became of it and how long it was held.
class SessionDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDetailsDialog(const Catalog &catalog, Session session, QTimeZone zone,
                         QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QTableWidget *holdsTable() const { return m_holds; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void deleteRequested(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString stretchName(const SessionHold &hold) const;

    const Catalog &m_catalog;
    Session m_session;
    QTimeZone m_zone;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_noteHeading;
    QLabel *m_note;
    QTableWidget *m_holds;
    QPushButton *m_delete;
    QPushButton *m_close;
};

} // namespace limber
