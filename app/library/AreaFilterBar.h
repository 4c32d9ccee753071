#pragma once

#include "library/StretchFilterProxyModel.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QAbstractButton;

namespace limber {

// A row of pill-shaped toggles, one per body area plus "All", and "Yours" (the user's own
// stretches, shown while there are any); wraps onto more lines when the window is narrow.
// "All" clears every chip.
class AreaFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AreaFilterBar(QWidget *parent = nullptr);

    QSet<BodyArea> areas() const;
    void setAreas(const QSet<BodyArea> &areas);
    // Clears the areas and "Yours".
    void clear();

    bool ownOnly() const;
    void setOwnOnly(bool ownOnly);
    // Without own stretches the chip would only ever empty the list.
    void setOwnChipVisible(bool visible);

    QAbstractButton *allButton() const;
    QAbstractButton *buttonFor(BodyArea area) const;
    QAbstractButton *yoursButton() const { return m_yours; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void areasChanged(const QSet<BodyArea> &areas);
    void ownOnlyChanged(bool ownOnly);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        BodyArea area;
        QAbstractButton *button;
    };

    void retranslateUi();
    void syncAllButton();
    void reportChange();
    // Places the chips in lines of the given width; returns the height they take.
    int arrange(int width, bool move) const;

    QAbstractButton *m_all;
    QList<Chip> m_chips;
    QAbstractButton *m_yours;
    QSet<BodyArea> m_reported;
    bool m_reportedOwnOnly = false;
};

} // namespace limber
