#pragma once

#include <QWidget>

class QPainter;

namespace limber {

// The small "Yours" pill that marks a stretch the user made, on its library row and its page,
// so it is told apart from the built-in ones at a glance.
class YoursBadge : public QWidget
{
    Q_OBJECT

public:
    explicit YoursBadge(QWidget *parent = nullptr);

    static QString text();
    static QSize sizeFor(const QFont &font);
    // paper is what the badge sits on, accent what it is tinted toward (the selection colour).
    static void paint(QPainter &painter, const QRect &rect, const QFont &font, const QColor &paper,
                      const QColor &ink, const QColor &accent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace limber
