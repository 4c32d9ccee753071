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

// Everything needed to learn one stretch at the desk: the animated figure beside its name,
// summary, targets, hold, numbered steps and cautions.
class StretchDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit StretchDetailView(const Catalog &catalog, QWidget *parent = nullptr);

    // An unknown id shows an empty page.
    void setStretch(const QString &id);
    QString stretchId() const { return m_stretchId; }

    // The action buttons stay hidden until whoever can act on them says so.
    void setPlayAvailable(bool available);
    void setAddToRoutineAvailable(bool available);

    IllustrationWidget *illustration() const { return m_illustration; }
    QScrollArea *textArea() const { return m_scrollArea; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *addToRoutineButton() const { return m_addToRoutine; }

    // "Hold 25 s on each side", "Move slowly for 30 s, one cycle every 7 s".
    static QString holdDescription(const Stretch &stretch);

Q_SIGNALS:
    void backRequested();
    void playRequested(const QString &id);
    void addToRoutineRequested(const QString &id);

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
    QPushButton *m_back;
    QPushButton *m_play;
    QPushButton *m_addToRoutine;
    IllustrationWidget *m_illustration;
    QScrollArea *m_scrollArea;
    QLabel *m_name;
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
