#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace limber {

class Catalog;
class IllustrationWidget;
class Stretch;
class StretchActionBar;
class YoursBadge;

// Everything needed to learn one stretch at the desk: the animated figure (or the user's
// picture) beside its name, summary, targets, hold, numbered steps and cautions, with a
// "Yours" badge on the user's own. Above it, the actions that apply to it.
class StretchDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit StretchDetailView(const Catalog &catalog, QWidget *parent = nullptr);

    // An unknown id shows an empty page.
    void setStretch(const QString &id);
    QString stretchId() const { return m_stretchId; }
    // Reads the stretch shown again from the catalog (after it was edited), keeping the place.
    void refresh();

    // The action buttons stay hidden until whoever can act on them says so.
    void setPlayAvailable(bool available);
    void setAddToRoutineAvailable(bool available);

    IllustrationWidget *illustration() const { return m_illustration; }
    QScrollArea *textArea() const { return m_scrollArea; }
    StretchActionBar *actionBar() const { return m_actions; }
    QPushButton *backButton() const;
    QPushButton *playButton() const;
    QPushButton *addToRoutineButton() const;
    YoursBadge *yoursBadge() const { return m_yours; }

    // "Hold 25 s on each side", "Move slowly for 30 s, one cycle every 7 s".
    static QString holdDescription(const Stretch &stretch);

Q_SIGNALS:
    void backRequested();
    void playRequested(const QString &id);
    void addToRoutineRequested(const QString &id);
    void duplicateRequested(const QString &id);
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildText();
    void retranslateUi();
    // The stretch's words, without replaying the figure or scrolling.
    void showTexts();
    void fillSteps(const QStringList &steps);
    void fillCautions(const QStringList &cautions);
    void updatePaletteColors();

    const Catalog &m_catalog;
    QString m_stretchId;
    StretchActionBar *m_actions;
    IllustrationWidget *m_illustration;
    QScrollArea *m_scrollArea;
    QLabel *m_name;
    YoursBadge *m_yours;
    QLabel *m_summary;
    QLabel *m_targets;
    QLabel *m_hold;
    QLabel *m_stepsHeading;
    QLabel *m_cautionTitle;
    QGridLayout *m_steps;
    QWidget *m_cautionBox;
    QLabel *m_cautionIcon;
    QGridLayout *m_cautions;
};

} // namespace limber
